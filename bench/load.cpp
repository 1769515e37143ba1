// zlb_load: how long loading a configuration of N programs takes, beside its floor.
//
//   zlb_load [--programs N] [--repeat K]
//
// Writes a configuration of N programs, each depending on the one before it (the worst case for
// a cycle check that walks the dependency graph). Then, K times each, in alternation:
//   - the floor: ProgramStore::load, which reads, parses and validates the file (cycle check
//     included), and is all a launcher must do to know the configuration;
//   - the launcher: ConfigurationKeeper::open into a fresh Supervisor on its own runtime
//     directory, which is what zlauncher and zlauncher --headless do at start (the programs are
//     added, none is started).
// Prints one JSON object: every sample, the medians and p95 in milliseconds, and the launcher ÷
// floor ratio of the medians.
#include "core/config/configurationkeeper.h"
#include "core/config/programstore.h"
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(
            std::ceil(fraction * static_cast<double>(values.size())) - 1);
    return values.at(std::min(index, values.size() - 1));
}

QJsonObject summary(const std::vector<double> &ms)
{
    QJsonArray samples;
    for (double value : ms) {
        samples.append(value);
    }
    return QJsonObject{{u"median_ms"_s, percentile(ms, 0.5)},
                       {u"p95_ms"_s, percentile(ms, 0.95)},
                       {u"samples_ms"_s, samples}};
}

QByteArray configuration(int programs)
{
    QJsonArray list;
    for (int i = 0; i < programs; ++i) {
        QJsonObject program{{u"name"_s, u"p%1"_s.arg(i)},
                            {u"program"_s, u"/bin/true"_s},
                            {u"autostart"_s, false}};
        if (i > 0) {
            program.insert(u"dependsOn"_s, QJsonArray{u"p%1"_s.arg(i - 1)});
        }
        list.append(program);
    }
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"programs"_s, list}}).toJson();
}

// Loads the file twice, timing each: parsed alone (the floor), then by a launcher's keeper into
// a supervisor. False, with the reason printed, when either did not load every program.
bool loadOnce(const QString &path, int programs, const QString &runtimeDir,
              std::vector<double> *floorMs, std::vector<double> *launcherMs)
{
    QElapsedTimer timer;
    QString error;
    timer.start();
    const auto loaded = ProgramStore::load(path, &error);
    floorMs->push_back(timer.nsecsElapsed() / 1e6);
    if (!loaded || loaded->programs.size() != programs) {
        std::fprintf(stderr, "zlb_load: the file did not load: %s\n", qPrintable(error));
        return false;
    }
    RuntimeDir runtime;
    if (!runtime.open(runtimeDir, &error)) {
        std::fprintf(stderr, "zlb_load: %s\n", qPrintable(error));
        return false;
    }
    Supervisor supervisor(&runtime, QFileInfo(path).dir().filePath(u"logs"_s));
    ConfigurationKeeper keeper(&supervisor);
    timer.start();
    const auto result = keeper.open(path, ConfigurationKeeper::Unreadable::Refuse);
    launcherMs->push_back(timer.nsecsElapsed() / 1e6);
    if (!result.ok || supervisor.programNames().size() != programs) {
        std::fprintf(stderr, "zlb_load: the launcher did not load it: %s\n",
                     qPrintable(result.error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption programsOption(u"programs"_s, u"Programs in the file."_s, u"N"_s,
                                            u"5000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Loads of each kind."_s, u"K"_s, u"7"_s);
    parser.addOptions({programsOption, repeatOption});
    parser.process(app);
    const int programs = parser.value(programsOption).toInt();
    const int repeat = parser.value(repeatOption).toInt();
    if (programs < 1 || repeat < 1) {
        std::fprintf(stderr, "zlb_load: --programs and --repeat must be positive\n");
        return 2;
    }

    QTemporaryDir root;
    const QString path = root.filePath(u"zlauncher.json"_s);
    QFile file(path);
    if (!root.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(configuration(programs)) < 0) {
        std::fprintf(stderr, "zlb_load: cannot write %s\n", qPrintable(path));
        return 1;
    }
    file.close();

    std::vector<double> floorMs;
    std::vector<double> launcherMs;
    for (int round = 0; round < repeat; ++round) {
        const QString runtimeDir = root.filePath(u"run%1"_s.arg(round));
        if (!loadOnce(path, programs, runtimeDir, &floorMs, &launcherMs)) {
            return 1;
        }
    }
    const QJsonObject launcher = summary(launcherMs);
    const QJsonObject floor = summary(floorMs);
    const QJsonObject report{
            {u"programs"_s, programs},
            {u"launcher"_s, launcher},
            {u"floor"_s, floor},
            {u"ratio_median"_s,
             launcher[u"median_ms"_s].toDouble() / floor[u"median_ms"_s].toDouble()}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
