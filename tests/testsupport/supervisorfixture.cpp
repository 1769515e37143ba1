#include "supervisorfixture.h"

#include <QScopeGuard>
#include <QTest>

#include <algorithm>

bool SupervisorFixture::setUp(Clock *clock, QString *error, Listen listen)
{
    return setUpEnvironment(error) && setUpSupervisor(clock, error, listen);
}

bool SupervisorFixture::setUpEnvironment(QString *error)
{
    m_env = std::make_unique<TestEnvironment>();
    m_events.clear();
    if (!m_env->isValid()) {
        *error = m_env->errorString();
        return false;
    }
    return true;
}

bool SupervisorFixture::setUpSupervisor(Clock *clock, QString *error, Listen listen)
{
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(), clock);
    connect(m_supervisor.get(), &Supervisor::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    return listen == Listen::Later || m_supervisor->listen({}, error);
}

void SupervisorFixture::tearDown(const std::function<void()> &beforeSupervisorGoes)
{
    // Everything goes even when the check below fails: the next case starts from nothing (and
    // TestEnvironment kills what is still running).
    const auto reset = qScopeGuard([this, &beforeSupervisorGoes] {
        if (beforeSupervisorGoes) {
            beforeSupervisorGoes();
        }
        m_supervisor.reset();
        m_env.reset();
    });
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
}

void SupervisorFixture::add(const ProgramSpec &spec)
{
    QString error;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
}

void SupervisorFixture::addAndStart(const ProgramSpec &spec)
{
    add(spec);
    m_supervisor->startProgram(spec.name);
}

bool SupervisorFixture::hasStateEvent(const QString &program, ProgramState state) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == EventKind::State && e.state == state;
    });
}

int SupervisorFixture::countEvents(const QString &text) const
{
    return static_cast<int>(std::count_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.message.contains(text);
    }));
}

qsizetype SupervisorFixture::firstEvent(const QString &program, EventKind kind,
                                        const QString &text) const
{
    const auto found = std::find_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.program == program && e.kind == kind && e.message.contains(text);
    });
    return found == m_events.cend() ? -1 : found - m_events.cbegin();
}

qsizetype SupervisorFixture::firstStateEvent(const QString &program, ProgramState state) const
{
    const auto found = std::find_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.kind == EventKind::State && e.program == program && e.state == state && e.pid > 0;
    });
    return found == m_events.cend() ? -1 : found - m_events.cbegin();
}
