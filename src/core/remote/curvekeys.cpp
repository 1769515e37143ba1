#include "core/remote/curvekeys.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <zmq.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype z85KeyLength = 40;
constexpr qsizetype binaryKeyLength = 32;

const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions ownerOnlyFolder = ownerOnly | QFileDevice::ExeOwner;

/// czmq's zcert layout: a ZPL file whose "curve" section holds the keys.
QByteArray certificateText(const CurveKeyPair &keys, bool withSecret)
{
    QByteArray text = "#   ****  Generated on "
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
            + " by zlauncherctl  ****\n";
    text += withSecret ? "#   ZeroMQ CURVE **Secret** Certificate\n"
                         "#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its "
                         "permissions.\n"
                       : "#   ZeroMQ CURVE Public Certificate\n"
                         "#   Give it to the hosts that should know this key.\n";
    text += "\nmetadata\ncurve\n    public-key = \"" + keys.publicKey + "\"\n";
    if (withSecret) {
        text += "    secret-key = \"" + keys.secretKey + "\"\n";
    }
    return text;
}

/// The value of "public-key" or "secret-key" in a zcert file; empty when absent.
QByteArray certificateValue(const QByteArray &text, const char *key)
{
    const QRegularExpression line(
            u"^\\s*%1\\s*=\\s*[\"']?([^\"'\\s]+)[\"']?\\s*$"_s.arg(QLatin1StringView(key)),
            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

bool readAll(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CurveKeys::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

bool writeNew(const QString &path, const QByteArray &contents, QFileDevice::Permissions mode,
              QString *error)
{
    QFile file(path);
    // Made with its final mode, never readable by others for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode)
        || file.write(contents) != contents.size() || !file.flush()) {
        *error = CurveKeys::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool makePrivateFolder(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir()) {
        return CurveKeys::isPrivate(path, error);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QDir().mkdir(path, ownerOnlyFolder)) {
        *error = CurveKeys::tr("cannot make the folder %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString CurveKeys::configDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/zlauncher"_s;
}

QString CurveKeys::keysDirectory()
{
    return configDirectory() + u"/keys"_s;
}

QString CurveKeys::authorizedKeysPath()
{
    return configDirectory() + u"/authorized_keys"_s;
}

QString CurveKeys::secretKeyPath(const QString &name)
{
    return keysDirectory() + u'/' + name + u".key_secret"_s;
}

QString CurveKeys::publicKeyPath(const QString &secretKeyPath)
{
    return secretKeyPath.endsWith(u"_secret"_s) ? secretKeyPath.chopped(7)
                                                : secretKeyPath + u".pub"_s;
}

bool CurveKeys::isValidKey(QByteArrayView z85)
{
    return !decode(z85).isEmpty();
}

QByteArray CurveKeys::decode(QByteArrayView z85)
{
    if (z85.size() != z85KeyLength) {
        return {};
    }
    const QByteArray text(z85.data(), z85.size()); // zmq_z85_decode needs the terminating 0
    QByteArray binary(binaryKeyLength, '\0');
    if (!zmq_z85_decode(reinterpret_cast<uint8_t *>(binary.data()), text.constData())) {
        return {};
    }
    return binary;
}

QByteArray CurveKeys::encode(QByteArrayView binary)
{
    if (binary.size() != binaryKeyLength) {
        return {};
    }
    QByteArray text(z85KeyLength + 1, '\0');
    zmq_z85_encode(text.data(), reinterpret_cast<const uint8_t *>(binary.data()),
                   static_cast<size_t>(binary.size()));
    text.chop(1);
    return text;
}

QString CurveKeys::fingerprint(QByteArrayView z85)
{
    const QString text = QString::fromLatin1(z85.first(std::min<qsizetype>(16, z85.size())));
    QStringList groups;
    for (qsizetype at = 0; at < text.size(); at += 4) {
        groups.append(text.mid(at, 4));
    }
    return groups.join(u':');
}

CurveKeyPair CurveKeys::generate()
{
    char publicKey[z85KeyLength + 1] = {};
    char secretKey[z85KeyLength + 1] = {};
    // A public key is typed on command lines: one that starts with '-' (Z85 has it, 1 in 85)
    // would be read as options. Drawing again costs nothing and changes no key's strength.
    do {
        // Fails only where libzmq was built without CURVE, which its Debian package is not.
        const int rc = zmq_curve_keypair(publicKey, secretKey);
        Q_ASSERT_X(rc == 0, "CurveKeys::generate", "libzmq has no CURVE");
    } while (publicKey[0] == '-');
    return {QByteArray(publicKey), QByteArray(secretKey)};
}

bool CurveKeys::isPrivate(const QString &path, QString *error)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        *error = tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (status.st_uid != ::geteuid()) {
        *error = tr("%1 belongs to another user; only your own keys are used").arg(path);
        return false;
    }
    const bool folder = S_ISDIR(status.st_mode);
    if ((status.st_mode & 077) != 0) {
        *error = tr("%1 can be read by other users (mode %2); run: chmod %3 %1")
                         .arg(path)
                         .arg(status.st_mode & 0777, 3, 8, QChar(u'0'))
                         .arg(folder ? u"700"_s : u"600"_s);
        return false;
    }
    return true;
}

std::optional<CurveKeyPair> CurveKeys::load(const QString &secretPath, QString *error)
{
    QByteArray text;
    if (!isPrivate(QFileInfo(secretPath).absolutePath(), error) || !isPrivate(secretPath, error)
        || !readAll(secretPath, &text, error)) {
        return std::nullopt;
    }
    CurveKeyPair keys{certificateValue(text, "public-key"), certificateValue(text, "secret-key")};
    if (!isValidKey(keys.secretKey)) {
        *error = tr("%1 holds no CURVE secret key (a line secret-key = \"…\" of 40 Z85 "
                    "characters)")
                         .arg(secretPath);
        return std::nullopt;
    }
    // The public half is derived rather than trusted: a mismatched pair would fail every
    // handshake with no word of why.
    char publicKey[z85KeyLength + 1] = {};
    if (zmq_curve_public(publicKey, keys.secretKey.constData()) != 0) {
        *error = tr("%1: the secret key cannot be used").arg(secretPath);
        return std::nullopt;
    }
    keys.publicKey = QByteArray(publicKey);
    return keys;
}

bool CurveKeys::save(const CurveKeyPair &keys, const QString &secretPath, QString *error)
{
    const QString publicPath = publicKeyPath(secretPath);
    for (const QString &path : {secretPath, publicPath}) {
        if (QFileInfo::exists(path)) {
            *error = tr("%1 exists already; remove it first to make a new key").arg(path);
            return false;
        }
    }
    return makePrivateFolder(QFileInfo(secretPath).absolutePath(), error)
            && writeNew(secretPath, certificateText(keys, true), ownerOnly, error)
            && writeNew(publicPath, certificateText(keys, false),
                        ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther, error);
}

std::optional<CurveKeyPair> CurveKeys::loadOrCreate(const QString &secretPath, QString *error,
                                                    bool *created)
{
    if (created) {
        *created = false;
    }
    if (QFileInfo::exists(secretPath)) {
        return load(secretPath, error);
    }
    const CurveKeyPair keys = generate();
    if (!save(keys, secretPath, error)) {
        return std::nullopt;
    }
    if (created) {
        *created = true;
    }
    return keys;
}

std::optional<QByteArray> CurveKeys::readPublicKey(const QString &fileOrKey, QString *error)
{
    if (isValidKey(fileOrKey.toLatin1())) {
        return fileOrKey.toLatin1();
    }
    if (!QFileInfo(fileOrKey).isFile()) {
        *error = tr("%1 is neither a CURVE public key (40 Z85 characters) nor a key file")
                         .arg(fileOrKey);
        return std::nullopt;
    }
    QByteArray text;
    if (!readAll(fileOrKey, &text, error)) {
        return std::nullopt;
    }
    const QByteArray key = certificateValue(text, "public-key");
    if (!isValidKey(key)) {
        *error = tr("%1 holds no CURVE public key (a line public-key = \"…\")").arg(fileOrKey);
        return std::nullopt;
    }
    return key;
}

std::optional<AuthorizedKeys> AuthorizedKeys::read(const QString &path, QString *error)
{
    AuthorizedKeys result;
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
        return result;
    }
    // The folder first: whoever may write it may swap the file.
    struct stat status = {};
    const QString folder = QFileInfo(path).absolutePath();
    if (::stat(QFile::encodeName(folder).constData(), &status) != 0 || status.st_uid != ::geteuid()
        || (status.st_mode & 022) != 0) {
        *error = tr("%1 can be changed by other users, who could change the keys in it; run: "
                    "chmod go-w %1")
                         .arg(folder);
        return std::nullopt;
    }
    // The file as opened, not as named: no symlink, and checked on its descriptor.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = errno == ELOOP
                ? tr("%1 is a symbolic link; it must be a file of your own").arg(path)
                : tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)
        || ::fstat(fd, &status) != 0) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (status.st_uid != ::geteuid() || (status.st_mode & 022) != 0) {
        *error = status.st_uid != ::geteuid()
                ? tr("%1 belongs to another user; it must be yours").arg(path)
                : tr("%1 can be changed by other users; run: chmod go-w %1").arg(path);
        return std::nullopt;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QByteArray key = line.split(' ').first().split('\t').first();
        const QByteArray binary = CurveKeys::decode(key);
        if (binary.isEmpty()) {
            result.problems.append(tr("%1:%2: \"%3\" is not a CURVE public key (40 Z85 "
                                      "characters); the line is ignored")
                                           .arg(path)
                                           .arg(lineNumber)
                                           .arg(QString::fromUtf8(key.left(60))));
            continue;
        }
        result.keys.insert(binary);
    }
    return result;
}

bool AuthorizedKeys::append(const QString &path, QByteArrayView z85, const QString &label,
                            QString *error, bool *alreadyThere)
{
    if (alreadyThere) {
        *alreadyThere = false;
    }
    const QByteArray binary = CurveKeys::decode(z85);
    if (binary.isEmpty()) {
        *error = tr("\"%1\" is not a CURVE public key (40 Z85 characters, as `zlauncherctl "
                    "keygen` prints)")
                         .arg(QString::fromUtf8(z85.first(std::min<qsizetype>(60, z85.size()))));
        return false;
    }
    const std::optional<AuthorizedKeys> existing = read(path, error);
    if (!existing) {
        return false;
    }
    if (existing->keys.contains(binary)) {
        if (alreadyThere) {
            *alreadyThere = true;
        }
        return true;
    }
    if (const QString folder = QFileInfo(path).absolutePath(); !QFileInfo(folder).isDir()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder, ownerOnlyFolder);
    }
    QFile file(path);
    const bool isNew = !file.exists();
    // A last line without its newline would join the new key to it.
    bool endsInNewline = true;
    if (QFile last(path); !isNew && last.open(QIODevice::ReadOnly) && last.size() > 0) {
        endsInNewline = last.seek(last.size() - 1) && last.read(1) == "\n";
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray line = endsInNewline ? QByteArray() : QByteArray("\n");
    if (isNew) {
        line += "# The client keys this host's agent admits: one Z85 key a line, a label after "
                "it.\n";
    }
    line += QByteArray(z85.data(), z85.size());
    if (!label.isEmpty()) {
        line += ' ' + label.simplified().toUtf8();
    }
    line += '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
