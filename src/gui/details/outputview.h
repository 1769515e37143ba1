// A program's log file, followed as it grows (like tail -F): the tail of the file at first,
// then each appended line once, across a rotation (<name>.log renamed to <name>.log.1 and a new
// <name>.log started) and before the file exists. Driven by QFileSystemWatcher, never a poll;
// idle while hidden. Search within the lines shown, and open the file in the user's editor.
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

class OutputSearch;
class QFile;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

class OutputView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputView)

public:
    /// Lines kept in the view; older ones are dropped (they stay in the file).
    static constexpr int maximumLines = 10000;
    /// Of a file already there, only its last bytes are shown.
    static constexpr qint64 tailBytes = 256 * 1024;
    /// Read at most this much per turn of the event loop; the rest comes in the next turns.
    static constexpr qint64 bytesPerTurn = 64 * 1024;

    explicit OutputView(QWidget *parent = nullptr);
    ~OutputView() override;

    /// Shows path (which need not exist yet), from its tail; empty: nothing. The same path
    /// again changes nothing.
    void setFile(const QString &path);
    QString file() const { return m_path; }

    /// Whether new lines scroll the view to its end (paused while the user looks further up).
    bool isFollowing() const { return m_following; }

public Q_SLOTS:
    void findNext();
    void findPrevious();
    /// Scrolls to the end and follows new lines again.
    void follow();
    void openInEditor();

Q_SIGNALS:
    /// Lines were added to the view (tests wait on it).
    void linesAppended();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool exists = false;
        bool operator==(const FileId &) const = default;
    };
    static FileId idOf(const QString &path);
    // What one turn of reading gathered, within its budget.
    struct ReadTurn
    {
        QByteArray bytes;
        qint64 budget = bytesPerTurn;
        bool more = false;
        bool reopened = false;
        // Adds what was read; true when the budget is spent.
        bool add(const QByteArray &chunk);
    };

    void setUpText();
    void setUpFollowButton();
    void layOut();
    void reload();
    void closeFile();
    bool openFile(bool fromTail);
    void scheduleRead(int delayMs);
    void readTurn();
    // Reads on in the current file; true when there is more to read at once (the file was
    // truncated, or the path names another file now).
    bool readStep(ReadTurn &turn);
    // Finishes a file the path no longer names; true when the path names a new one.
    bool leaveMovedFile(ReadTurn &turn, bool pathExists);
    void appendBytes(const QByteArray &bytes);
    void appendText(const QString &text);
    void updateWatches();
    void updateFileLabel();
    void onScrolled(int value);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    FileId m_fileId;
    /// An incomplete last line, held until its newline comes.
    QByteArray m_partial;
    /// The first bytes read from a tail start within a line: dropped up to the first newline.
    bool m_skipToNewline = false;
    /// Where the lines shown start in the file (0: its beginning).
    qint64 m_shownFrom = 0;
    /// Why the file could not be opened, when it exists but cannot be read.
    QString m_openError;
    QString m_fileLabelText;
    bool m_active = false;
    bool m_dirty = false;
    bool m_following = true;
    bool m_appending = false;

    QFileSystemWatcher m_watcher;
    QTimer m_readTimer;

    QLabel *m_fileLabel;
    QLabel *m_sizeLabel;
    QPushButton *m_openButton;
    QPlainTextEdit *m_text;
    OutputSearch *m_search;
    QToolButton *m_followButton;
};
