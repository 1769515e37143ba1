// The CURVE keys of the network endpoints (docs/remote.md): the agent's key pair, a client's key
// pair, and the agent's list of client keys it admits. Files in czmq's zcert layout, so that keys
// made by `zlauncherctl keygen` and by czmq's tools are interchangeable; every file that holds a
// secret, and the folder it lives in, must be the user's alone.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

struct CurveKeyPair
{
    QByteArray publicKey; ///< Z85, 40 characters
    QByteArray secretKey; ///< Z85, 40 characters
};

class CurveKeys
{
    Q_DECLARE_TR_FUNCTIONS(CurveKeys)

public:
    CurveKeys() = delete;

    /// $XDG_CONFIG_HOME/zlauncher (~/.config/zlauncher).
    static QString configDirectory();
    /// configDirectory()/keys: mode 0700.
    static QString keysDirectory();
    /// configDirectory()/authorized_keys: the client keys an agent admits.
    static QString authorizedKeysPath();
    /// keysDirectory()/<name>.key_secret: "agent" for the agent, "client" for zlauncherctl and
    /// the window. The public half is beside it, as <name>.key.
    static QString secretKeyPath(const QString &name);
    static QString publicKeyPath(const QString &secretKeyPath);

    /// A Z85 text of 40 characters that decodes to 32 bytes.
    static bool isValidKey(QByteArrayView z85);
    /// The 32 bytes of a valid Z85 key; empty otherwise.
    static QByteArray decode(QByteArrayView z85);
    /// The Z85 form of a 32-byte key.
    static QByteArray encode(QByteArrayView binary);
    /// What a user compares by eye: the first 16 characters of the Z85 key, in groups of four.
    static QString fingerprint(QByteArrayView z85);

    static CurveKeyPair generate();

    /// Reads a key pair from its secret file; refused when the file or its folder can be read
    /// by anyone else, with the command that fixes it.
    static std::optional<CurveKeyPair> load(const QString &secretPath, QString *error);
    /// Writes the secret file (0600) and the public one beside it, making the folder (0700).
    /// Refuses to overwrite.
    static bool save(const CurveKeyPair &keys, const QString &secretPath, QString *error);
    /// The pair in secretPath, made and saved first when there is none.
    static std::optional<CurveKeyPair> loadOrCreate(const QString &secretPath, QString *error,
                                                    bool *created = nullptr);
    /// A public key from a file written by save() (or czmq), or the Z85 text itself.
    static std::optional<QByteArray> readPublicKey(const QString &fileOrKey, QString *error);

    /// Nothing but the owner may read path (a file: 0600 or less; a folder: 0700 or less), and
    /// the owner is this user. Otherwise *error says so with the chmod that fixes it.
    static bool isPrivate(const QString &path, QString *error);
};

/// The agent's authorized_keys: one Z85 public key per line, a label after it if wanted, and
/// "#" comments. Nobody but its owner may write it.
struct AuthorizedKeys
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizedKeys)

public:
    /// Binary (32-byte) keys, as the ZAP request carries them.
    QSet<QByteArray> keys;
    /// One line each for a line that is not a key: "authorized_keys:3: … is not a Z85 key".
    QStringList problems;

    /// nullopt, with *error, when the file cannot be read or may be written by others. A
    /// missing file gives no keys and no error.
    static std::optional<AuthorizedKeys> read(const QString &path, QString *error);
    /// Appends a key (checked) with an optional label; makes the file (0600) if needed. False
    /// with *error, or true with *alreadyThere when the key is listed already.
    static bool append(const QString &path, QByteArrayView z85, const QString &label,
                       QString *error, bool *alreadyThere = nullptr);
};
