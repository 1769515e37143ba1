#include "core/os/filelimit.h"

#include "core/model/logging.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <cerrno>

std::optional<OpenFileLimit> raiseOpenFileLimit(QString *error)
{
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0) {
        *error = QCoreApplication::translate("OpenFileLimit", "cannot read the open file limit: %1")
                         .arg(errnoMessage(errno));
        return std::nullopt;
    }
    const OpenFileLimit limit{files.rlim_cur, files.rlim_max};
    if (files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &files) != 0) {
            *error = QCoreApplication::translate("OpenFileLimit",
                                                 "cannot raise the open file limit from %1 to "
                                                 "%2: %3")
                             .arg(limit.before)
                             .arg(limit.now)
                             .arg(errnoMessage(errno));
            return std::nullopt;
        }
    }
    return limit;
}
