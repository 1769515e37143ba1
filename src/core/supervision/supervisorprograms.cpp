// Supervisor's registry of programs: adding, editing, removing and scaling them, each checked
// first (docs/design.md, "Replicas" for the sets). Supervision itself: supervisor.cpp.
#include "core/supervision/supervisor.h"

#include "core/model/dependencygraph.h"
#include "core/model/programexpansion.h"
#include "core/model/replicas.h"
#include "core/os/runtimedir.h"
#include "core/supervision/heartbeatrouter.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

Supervisor::ConfigurationBatch::ConfigurationBatch(Supervisor *supervisor)
    : m_supervisor(supervisor)
{
    ++m_supervisor->m_batchDepth;
}

Supervisor::ConfigurationBatch::~ConfigurationBatch()
{
    if (--m_supervisor->m_batchDepth == 0 && m_supervisor->m_batchTouched) {
        m_supervisor->m_batchTouched = false;
        Q_EMIT m_supervisor->configurationChanged();
    }
}

void Supervisor::configurationTouched()
{
    if (m_batchDepth > 0) {
        m_batchTouched = true;
    } else {
        Q_EMIT configurationChanged();
    }
}

QStringList Supervisor::configuredNames() const
{
    QStringList names;
    names.reserve(m_programs.order.size());
    QSet<QString> setsNamed;
    for (const QString &name : m_programs.order) {
        const QString &set = runner(name)->spec().replicaOf;
        if (set.isEmpty()) {
            names.append(name);
        } else if (m_programs.sets.contains(set) && !setsNamed.contains(set)) {
            // A removed set's replicas still stopping are no longer configured.
            setsNamed.insert(set);
            names.append(set);
        }
    }
    return names;
}

bool Supervisor::isLive(const QString &name) const
{
    const QStringList names = members(name);
    return std::any_of(names.cbegin(), names.cend(), [this](const QString &member) {
        return hasLiveInstance(runner(member)->state());
    });
}

QString Supervisor::nameClash(const ProgramSpec &spec, const QString &replacing) const
{
    const QStringList replaced
            = replacing.isEmpty() ? QStringList() : QStringList{replacing} + members(replacing);
    QStringList taking{spec.name};
    if (spec.instances) {
        taking += replicaNames(spec.name, *spec.instances);
    }
    for (const QString &name : std::as_const(taking)) {
        if (m_retiring.contains(name)) {
            return tr("%1 is still stopping after %2 was scaled down; try again once it has "
                      "stopped")
                    .arg(name, runner(name)->spec().replicaOf);
        }
        if (!replaced.contains(name)
            && (m_programs.byName.contains(name) || m_programs.sets.contains(name))) {
            const QString owner = configuredName(name);
            return owner == name || !m_programs.sets.contains(owner)
                    ? tr("a program named \"%1\" already exists").arg(name)
                    : tr("\"%1\" is the name of a replica of %2").arg(name, owner);
        }
    }
    return {};
}

QString Supervisor::specError(const ProgramSpec &spec, const QString &replacing) const
{
    QString problem = spec.validationError();
    // A replica is what runs: its ${ZLAUNCHER_INSTANCE_INDEX} is defined, its name the longest.
    const ProgramSpec running = spec.instances ? replicaSpec(spec, *spec.instances - 1) : spec;
    // A missing env file or an undefined variable is refused now, with the program's name,
    // rather than found at its first start.
    if (problem.isEmpty() && ProgramExpansion::needsExpansion(running)) {
        ProgramExpansion::expanded(running, QProcessEnvironment::systemEnvironment(), &problem);
    }
    if (problem.isEmpty()) {
        problem = nameClash(spec, replacing);
    }
    if (problem.isEmpty()
        && RuntimeDir::isEndpointPathTooLong(m_runtimeDir->programControlEndpoint(running.name))) {
        problem = tr("program \"%1\": the name is too long for a control endpoint in %2")
                          .arg(running.name, m_runtimeDir->path());
    }
    if (problem.isEmpty() && !replacing.isEmpty() && spec.name != replacing) {
        if (const QStringList names = m_scheduler.dependents(replacing); !names.isEmpty()) {
            problem = tr("%1 depends on %2: remove %2 from its dependencies before renaming it")
                              .arg(names.join(u", "_s), replacing);
        }
    }
    // The programs already there form no cycle, so a new one must pass through spec, and
    // reach it by a program that depends on its name: usually there is none (a configuration
    // lists dependencies first), and loading N programs stays O(N).
    if (problem.isEmpty() && !spec.dependsOn.isEmpty() && m_scheduler.isDependedOn(spec.name)) {
        QList<ProgramSpec> programs;
        for (const QString &name : configuredNames()) {
            if (name != replacing) {
                programs.append(*this->spec(name));
            }
        }
        programs.append(spec);
        if (const QString cycle = dependencyCycle(programs); !cycle.isEmpty()) {
            problem = tr("program \"%1\": \"dependsOn\" would form a cycle (%2), and none of "
                         "these programs could ever start")
                              .arg(spec.name, cycle);
        }
    }
    return problem;
}

bool Supervisor::addProgram(const ProgramSpec &spec, QString *error)
{
    const QString problem = specError(spec, QString());
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    ConfigurationBatch batch(this);
    if (spec.instances) {
        ReplicaSet &set = m_programs.sets[spec.name];
        set.spec = spec;
        addReplicas(set, *spec.instances);
    } else {
        addRunner(spec);
    }
    return true;
}

void Supervisor::addReplicas(ReplicaSet &set, int count)
{
    for (int index = int(set.members.size()); index < count; ++index) {
        set.members.append(addRunner(replicaSpec(set.spec, index))->spec().name);
    }
}

ProgramRunner *Supervisor::addRunner(const ProgramSpec &spec)
{
    const RunnerContext context{
            m_clock,        &m_zmq,
            m_runtimeDir,   m_logDirectory,
            m_output.get(), nullptr,
            &m_containment, [this](const QString &name) { return m_recorder.nextToken(name); }};
    auto *runner = new ProgramRunner(spec, context, this);
    connect(runner, &ProgramRunner::eventOccurred, this, &Supervisor::announce);
    connect(runner, &ProgramRunner::stateChanged, this,
            [this, runner](ProgramState state) { onRunnerStateChanged(runner, state); });
    connect(runner, &ProgramRunner::snapshotChanged, this,
            [this, runner] { markChanged(runner->spec().name); });
    connect(runner, &ProgramRunner::deadlineChanged, this, &Supervisor::scheduleWake);
    connect(runner, &ProgramRunner::readinessChanged, &m_scheduler,
            [this, runner] { m_scheduler.startWaitersOf(runner->spec().name); });
    connect(runner, &ProgramRunner::aboutToLaunch, this,
            [this, runner](const QString &token) { m_recorder.recordLaunch(runner, token); });
    m_programs.byName.insert(spec.name, runner);
    m_programs.order.append(spec.name);
    m_scheduler.countDependencies(spec, 1);
    // The newcomer is last in configuration order: it takes its command only when no earlier
    // program has it, as a full rebuild would decide, without walking every program again.
    if (!m_programs.byCommand.contains(spec.program)) {
        m_programs.byCommand.insert(spec.program, runner);
    }
    Q_EMIT programAdded(spec.name);
    configurationTouched();
    return runner;
}

bool Supervisor::removePrograms(const QStringList &names, RemoveMode mode, QString *error)
{
    for (const QString &name : names) {
        QString problem;
        if (!hasProgram(name)) {
            problem = tr("there is no program named \"%1\"").arg(name);
        } else if (const QString set = configuredName(name); set != name) {
            problem = tr("%1 is a replica of %2: scale %2 down, or remove %2").arg(name, set);
        }
        QStringList staying;
        for (const QString &dependent : m_scheduler.dependents(name)) {
            if (!names.contains(dependent) && !m_removeWhenStopped.contains(dependent)) {
                staying.append(dependent);
            }
        }
        if (problem.isEmpty() && !staying.isEmpty()) {
            problem = tr("%1 depends on %2: remove it as well, or take %2 out of its "
                         "dependencies first")
                              .arg(staying.join(u", "_s), name);
        }
        if (!problem.isEmpty()) {
            if (error) {
                *error = problem;
            }
            return false;
        }
    }
    ConfigurationBatch batch(this);
    for (const QString &name : names) {
        const QStringList runners = members(name);
        if (m_programs.sets.remove(name)) {
            configurationTouched();
        }
        for (const QString &member : runners) {
            ProgramRunner *found = runner(member);
            if (mode == RemoveMode::StopFirst && hasLiveInstance(found->state())) {
                m_removeWhenStopped.insert(member);
                found->stop();
            } else {
                dropProgram(member);
            }
        }
    }
    return true;
}

void Supervisor::dropProgram(const QString &name)
{
    ProgramRunner *found = runner(name);
    m_removeWhenStopped.remove(name);
    m_scheduler.forget(name);
    m_recorder.forget(name);
    m_scheduler.countDependencies(found->spec(), -1);
    m_programs.byName.remove(name);
    m_programs.order.removeOne(name);
    m_router->forget(name);
    m_changed.remove(name);
    rebuildCommandIndex();
    found->disconnect(this);
    found->deleteLater();
    Q_EMIT programRemoved(name);
    configurationTouched();
}

bool Supervisor::updateProgram(const QString &name, const ProgramSpec &spec, QString *error)
{
    const bool wasSet = m_programs.sets.contains(name);
    const bool isSet = spec.instances.has_value();
    QString problem = !hasProgram(name) || configuredName(name) != name
            ? tr("there is no program named \"%1\"").arg(name)
            : specError(spec, name);
    if (problem.isEmpty() && isLive(name)) {
        if (wasSet != isSet) {
            problem = tr("stop %1 before changing whether it has instances: its instances are "
                         "named %1-0, %1-1 …")
                              .arg(name);
        } else if (spec.name != name) {
            problem = tr("stop %1 before renaming it").arg(name);
        }
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    ConfigurationBatch batch(this);
    if (wasSet != isSet) {
        replaceKeepingPlace(name, spec);
    } else if (!isSet) {
        updateRunner(name, spec);
    } else {
        // Edited as scaled: the added replicas start if the others run.
        const bool live = isLive(name);
        ReplicaSet taken = m_programs.sets.take(name);
        ReplicaSet &set = m_programs.sets[spec.name];
        set = std::move(taken);
        const int kept = std::min(int(set.members.size()), *spec.instances);
        set.spec = spec;
        for (int index = 0; index < kept; ++index) {
            updateRunner(set.members.at(index), replicaSpec(spec, index));
            set.members[index] = replicaName(spec.name, index);
        }
        QStringList retiring = set.members.mid(kept);
        set.members.resize(kept);
        addReplicas(set, *spec.instances);
        if (live) {
            startTogether(set.members.mid(kept));
        }
        std::reverse(retiring.begin(), retiring.end());
        m_retiring += retiring;
        retireNext();
        configurationTouched();
    }
    // New dependencies may be ready already, or no longer.
    m_scheduler.startWaiting();
    return true;
}

void Supervisor::updateRunner(const QString &name, const ProgramSpec &spec)
{
    ProgramRunner *found = runner(name);
    m_scheduler.countDependencies(found->spec(), -1);
    m_scheduler.countDependencies(spec, 1);
    found->setSpec(spec);
    if (spec.name != name) {
        m_programs.byName.remove(name);
        m_programs.byName.insert(spec.name, found);
        m_programs.order[m_programs.order.indexOf(name)] = spec.name;
        if (m_changed.remove(name)) {
            markChanged(spec.name);
        }
        m_removeWhenStopped.remove(name);
        m_scheduler.rename(name, spec.name);
    }
    rebuildCommandIndex();
    Q_EMIT programSpecChanged(name, spec.name);
    configurationTouched();
}

void Supervisor::replaceKeepingPlace(const QString &name, const ProgramSpec &spec)
{
    const QStringList leaving = members(name);
    const qsizetype place = m_programs.order.indexOf(leaving.constFirst());
    m_programs.sets.remove(name);
    for (const QString &member : leaving) {
        dropProgram(member);
    }
    const qsizetype before = m_programs.order.size();
    // Checked by the caller with the program in place, and nothing else changed since.
    if (QString error; !addProgram(spec, &error)) {
        emitEvent(EventKind::Error, Severity::Error, error, spec.name);
        return;
    }
    // The newcomers were appended: they go back where the program was.
    const QStringList added = m_programs.order.mid(before);
    m_programs.order.resize(before);
    for (qsizetype i = 0; i < added.size(); ++i) {
        m_programs.order.insert(place + i, added.at(i));
    }
    rebuildCommandIndex();
}

bool Supervisor::scaleProgram(const QString &name, int count, QString *error)
{
    QString problem;
    if (const QString set = configuredName(name); set != name) {
        problem = tr("%1 is a replica of %2: scale %2").arg(name, set);
    } else if (!m_programs.sets.contains(name)) {
        problem = hasProgram(name)
                ? tr("%1 has no \"instances\": edit it and give it a number of instances first")
                          .arg(name)
                : tr("there is no program named \"%1\"").arg(name);
    } else if (count < 1 || count > maxReplicas) {
        problem = tr("%1 cannot have %2 instances: from 1 to %3")
                          .arg(name, QString::number(count), QString::number(maxReplicas));
    } else {
        ProgramSpec scaled = m_programs.sets.value(name).spec;
        scaled.instances = count;
        problem = specError(scaled, name);
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    ConfigurationBatch batch(this);
    ReplicaSet &set = m_programs.sets[name];
    const int before = int(set.members.size());
    if (count == before) {
        return true;
    }
    emitEvent(EventKind::Control, Severity::Info,
              tr("scaled from %1 to %2 instances").arg(before).arg(count), name);
    set.spec.instances = count;
    if (count > before) {
        addReplicas(set, count);
        startTogether(set.members.mid(before));
    } else {
        for (qsizetype index = before - 1; index >= count; --index) {
            m_retiring.append(set.members.at(index));
        }
        set.members.resize(count);
        retireNext();
    }
    configurationTouched();
    return true;
}

void Supervisor::retireNext()
{
    while (!m_retiring.isEmpty()) {
        const QString name = m_retiring.constFirst();
        ProgramRunner *found = runner(name);
        if (found && hasLiveInstance(found->state())) {
            if (!m_removeWhenStopped.contains(name)) {
                m_removeWhenStopped.insert(name);
                m_scheduler.stop(name);
            }
            return;
        }
        m_retiring.removeFirst();
        if (found) {
            dropProgram(name);
        }
    }
}

void Supervisor::rebuildCommandIndex()
{
    // The first program in configuration order wins when two share a command.
    m_programs.byCommand.clear();
    for (const QString &name : std::as_const(m_programs.order)) {
        ProgramRunner *r = runner(name);
        if (!m_programs.byCommand.contains(r->spec().program)) {
            m_programs.byCommand.insert(r->spec().program, r);
        }
    }
}
