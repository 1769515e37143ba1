#include "core/model/programstate.h"

#include <QCoreApplication>

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

QString stateLabel(ProgramState state)
{
    switch (state) {
    case ProgramState::Stopped:
        return QCoreApplication::translate("ProgramState", "Stopped", "program state");
    case ProgramState::Starting:
        return QCoreApplication::translate("ProgramState", "Starting", "program state");
    case ProgramState::Running:
        return QCoreApplication::translate("ProgramState", "Running", "program state");
    case ProgramState::Lost:
        return QCoreApplication::translate("ProgramState", "Lost",
                                           "program state: alive but silent");
    case ProgramState::Stopping:
        return QCoreApplication::translate("ProgramState", "Stopping", "program state");
    case ProgramState::Backoff:
        return QCoreApplication::translate("ProgramState", "Backoff",
                                           "program state: waiting to restart");
    case ProgramState::Failed:
        return QCoreApplication::translate("ProgramState", "Failed",
                                           "program state: gave up restarting");
    }
    return stateName(state);
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
