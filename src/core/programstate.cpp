#include "core/programstate.h"

using namespace Qt::StringLiterals;

QString stateName(ProgramState state)
{
    switch (state) {
    case ProgramState::Stopped:
        return u"stopped"_s;
    case ProgramState::Starting:
        return u"starting"_s;
    case ProgramState::Running:
        return u"running"_s;
    case ProgramState::Lost:
        return u"lost"_s;
    case ProgramState::Stopping:
        return u"stopping"_s;
    case ProgramState::Backoff:
        return u"backoff"_s;
    case ProgramState::Failed:
        return u"failed"_s;
    }
    return u"unknown"_s;
}

std::optional<ProgramState> programStateFromName(const QString &text)
{
    for (auto state :
         {ProgramState::Stopped, ProgramState::Starting, ProgramState::Running, ProgramState::Lost,
          ProgramState::Stopping, ProgramState::Backoff, ProgramState::Failed}) {
        if (stateName(state) == text) {
            return state;
        }
    }
    return std::nullopt;
}

bool hasLiveInstance(ProgramState state)
{
    switch (state) {
    case ProgramState::Starting:
    case ProgramState::Running:
    case ProgramState::Lost:
    case ProgramState::Stopping:
        return true;
    case ProgramState::Stopped:
    case ProgramState::Backoff:
    case ProgramState::Failed:
        return false;
    }
    return false;
}
