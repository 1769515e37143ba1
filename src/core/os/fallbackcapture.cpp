#include "core/os/fallbackcapture.h"

#include "capture/capturedinstance.h"
#include "capture/logfile.h"

#include <memory>

FallbackCapture::FallbackCapture(QObject *parent)
    : QObject(parent)
{ }

FallbackCapture::~FallbackCapture()
{
    for (CapturedInstance *instance : std::as_const(m_instances)) {
        instance->finish();
    }
    qDeleteAll(std::exchange(m_instances, {}));
}

void FallbackCapture::capture(const QString &name, const QString &token, const QString &logFile,
                              UniqueFd stdoutRead, UniqueFd stderrRead)
{
    // As the program itself would append, without rotation; but in whole lines, and with the
    // last stderr lines for outputClosed(), as the daemon does.
    auto file = std::make_shared<LogFile>(logFile);
    file->setRotation(0, 0);
    file->open();
    if (const std::optional<LogFileError> error = file->takeError()) {
        Q_EMIT logFileFailed(name, error->operation, error->path, error->error);
    }
    auto *instance = new CapturedInstance(name, token, std::move(stdoutRead), std::move(stderrRead),
                                          std::move(file), this);
    m_instances.append(instance);
    connect(instance, &CapturedInstance::closed, this, [this, instance] {
        m_instances.removeOne(instance);
        instance->deleteLater(); // it is emitting closed()
        Q_EMIT outputClosed(instance->name(), instance->token(), instance->stderrTail());
    });
    connect(instance, &CapturedInstance::writeFailed, this,
            [this, instance](const LogFileError &error) {
                Q_EMIT logFileFailed(instance->name(), error.operation, error.path, error.error);
            });
}
