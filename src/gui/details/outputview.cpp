#include "gui/details/outputview.h"

#include "gui/details/outputsearch.h"

#include <sys/stat.h>

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Change notifications come once per write: gathered into one read a moment later.
constexpr int coalesceMs = 50;
// A line without its newline is held at most this long before it is shown as it is.
constexpr qsizetype maxPartialBytes = 64 * 1024;

} // namespace

OutputView::OutputView(QWidget *parent)
    : QWidget(parent)
    , m_fileLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open in Editor"), this))
    , m_text(new QPlainTextEdit(this))
    , m_search(new OutputSearch(
              m_text, [this] { return m_following; }, this))
    , m_followButton(new QToolButton(this))
{
    m_fileLabel->setObjectName(u"outputFileLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The path is elided to the width it gets; it must not widen the panel.
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fileLabel->installEventFilter(this);
    m_sizeLabel->setObjectName(u"outputSizeLabel"_s);
    m_openButton->setObjectName(u"openInEditorButton"_s);
    m_openButton->setToolTip(tr("Open the log file with the application the desktop uses for "
                                "text files"));
    connect(m_openButton, &QPushButton::clicked, this, &OutputView::openInEditor);

    setUpText();
    setUpFollowButton();
    layOut();

    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &OutputView::readTurn);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this] { scheduleRead(coalesceMs); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { scheduleRead(coalesceMs); });
    updateFileLabel();
}

void OutputView::setUpText()
{
    m_text->setObjectName(u"outputText"_s);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(maximumLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QScrollBar *bar = m_text->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &OutputView::onScrolled);
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_following && !m_appending) {
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
        }
    });
}

void OutputView::setUpFollowButton()
{
    m_followButton->setObjectName(u"followButton"_s);
    m_followButton->setText(tr("Follow"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setToolTip(tr("Scroll to the end and show new lines as they are written; "
                                  "scrolling up pauses it"));
    connect(m_followButton, &QToolButton::clicked, this, [this](bool checked) {
        if (checked) {
            follow();
        } else {
            m_following = false;
        }
    });
}

void OutputView::layOut()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(m_sizeLabel);
    top->addWidget(m_openButton);
    auto *bottom = new QHBoxLayout;
    m_search->addTo(bottom);
    bottom->addStretch();
    bottom->addWidget(m_followButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
}

OutputView::~OutputView() = default;

void OutputView::setFile(const QString &path)
{
    if (path == m_path) {
        return;
    }
    m_path = path;
    reload();
}

void OutputView::reload()
{
    closeFile();
    m_text->clear();
    m_search->clear();
    m_partial.clear();
    m_skipToNewline = false;
    m_shownFrom = 0;
    m_dirty = false;
    if (!m_path.isEmpty()) {
        openFile(true);
    }
    updateWatches();
    updateFileLabel();
    follow();
    if (isVisible()) {
        readTurn();
    } else {
        m_dirty = true;
    }
}

OutputView::FileId OutputView::idOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return {};
    }
    return FileId{static_cast<quint64>(status.st_dev), static_cast<quint64>(status.st_ino), true};
}

bool OutputView::openFile(bool fromTail)
{
    auto file = std::make_unique<QFile>(m_path);
    // Unbuffered: every read asks the kernel, so bytes appended after an end are seen.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_openError = file->exists() ? file->errorString() : QString();
        return false;
    }
    m_openError.clear();
    struct stat status = {};
    if (::fstat(file->handle(), &status) != 0) {
        return false;
    }
    m_fileId = FileId{static_cast<quint64>(status.st_dev), static_cast<quint64>(status.st_ino),
                      true};
    const qint64 size = file->size();
    // A file that replaced the one shown (a rotation) is read from its start.
    m_shownFrom = 0;
    if (fromTail && size > tailBytes) {
        file->seek(size - tailBytes);
        m_skipToNewline = true;
        m_shownFrom = size - tailBytes;
    }
    m_file = std::move(file);
    return true;
}

void OutputView::closeFile()
{
    m_file.reset();
    m_fileId = {};
}

void OutputView::scheduleRead(int delayMs)
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (!m_readTimer.isActive() || m_readTimer.remainingTime() > delayMs) {
        m_readTimer.start(delayMs);
    }
}

bool OutputView::ReadTurn::add(const QByteArray &chunk)
{
    bytes += chunk;
    budget -= chunk.size();
    more = budget <= 0;
    return more;
}

// Reads what was appended, at most bytesPerTurn; at the end of the file, checks whether the
// path now names another file (rotated) or none, and moves on to it without losing or repeating
// a line: the old file is read to its end first (its writer closed it before renaming it).
void OutputView::readTurn()
{
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_path.isEmpty()) {
        return;
    }
    ReadTurn turn;
    while (readStep(turn)) { }
    if (turn.reopened) {
        updateWatches();
    }
    appendBytes(turn.bytes);
    updateFileLabel();
    if (turn.more) {
        scheduleRead(0);
    }
}

bool OutputView::readStep(ReadTurn &turn)
{
    if (!m_file) {
        if (!openFile(false)) {
            return false; // not there (yet): the directory watch tells when it comes
        }
        turn.reopened = true;
    }
    if (turn.add(m_file->read(turn.budget))) {
        return false;
    }
    const FileId current = idOf(m_path);
    if (current != m_fileId) {
        return leaveMovedFile(turn, current.exists);
    }
    if (m_file->size() < m_file->pos()) {
        // Truncated in place (copytruncate): what is there now is new.
        m_file->seek(0);
        m_partial.clear();
        return true;
    }
    return false;
}

bool OutputView::leaveMovedFile(ReadTurn &turn, bool pathExists)
{
    // A last read closes the race with a writer that appended after the read before.
    if (turn.add(m_file->read(turn.budget))) {
        return false;
    }
    // The old file's last line is complete, even without its newline.
    if (turn.bytes.isEmpty() ? !m_partial.isEmpty() : !turn.bytes.endsWith('\n')) {
        turn.bytes += '\n';
    }
    closeFile();
    turn.reopened = true;
    return pathExists;
}

void OutputView::appendBytes(const QByteArray &bytes)
{
    qsizetype start = 0;
    if (m_skipToNewline) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0) {
            return;
        }
        m_skipToNewline = false;
        start = newline + 1;
    }
    m_partial.append(QByteArrayView(bytes).sliced(start));
    const qsizetype lastNewline = m_partial.lastIndexOf('\n');
    if (lastNewline < 0 && m_partial.size() <= maxPartialBytes) {
        return;
    }
    // Whole lines only: a UTF-8 sequence never spans a newline, so none is cut here.
    const qsizetype end = lastNewline < 0 ? m_partial.size() : lastNewline;
    const QString text = QString::fromUtf8(QByteArrayView(m_partial).first(end));
    m_partial.remove(0, lastNewline < 0 ? end : end + 1);
    appendText(text);
}

void OutputView::appendText(const QString &text)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    m_appending = true;
    m_text->appendPlainText(text);
    if (m_following) {
        bar->setValue(bar->maximum());
    }
    m_appending = false;
    m_search->linesAdded();
    Q_EMIT linesAppended();
}

void OutputView::onScrolled(int value)
{
    if (m_appending) {
        return;
    }
    // Like a terminal: looking further up pauses following, coming back down resumes it.
    m_following = value >= m_text->verticalScrollBar()->maximum();
    m_followButton->setChecked(m_following);
}

void OutputView::follow()
{
    m_following = true;
    m_followButton->setChecked(true);
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->maximum());
}

// The file, once there, and the nearest folder that exists on its way: the folder tells when the
// file is created, or re-created after a rotation.
void OutputView::updateWatches()
{
    QStringList wanted;
    if (!m_path.isEmpty()) {
        if (m_file) {
            wanted.append(m_path);
        }
        QFileInfo folder(QFileInfo(m_path).absolutePath());
        while (!folder.exists() && !folder.isRoot()) {
            folder = QFileInfo(folder.absolutePath());
        }
        wanted.append(folder.absoluteFilePath());
    }
    QStringList unwanted = m_watcher.files() + m_watcher.directories();
    // A watch follows the inode, not the name: re-added for each file the path names.
    unwanted.removeIf([&](const QString &path) { return wanted.contains(path) && path != m_path; });
    if (!unwanted.isEmpty()) {
        m_watcher.removePaths(unwanted);
    }
    wanted.removeIf([&](const QString &path) { return m_watcher.directories().contains(path); });
    if (!wanted.isEmpty()) {
        m_watcher.addPaths(wanted);
    }
}

void OutputView::updateFileLabel()
{
    m_openButton->setEnabled(!m_path.isEmpty() && QFileInfo::exists(m_path));
    m_fileLabel->setToolTip(m_path);
    if (m_path.isEmpty()) {
        m_fileLabelText = tr("No log file");
        m_sizeLabel->clear();
    } else {
        m_fileLabelText = QDir::toNativeSeparators(m_path);
        const QLocale locale;
        if (!m_file && !m_openError.isEmpty()) {
            m_sizeLabel->setText(tr("cannot be read: %1").arg(m_openError));
        } else if (!m_file) {
            m_sizeLabel->setText(tr("not created yet"));
        } else if (m_shownFrom > 0) {
            m_sizeLabel->setText(tr("%1, last %2 shown")
                                         .arg(locale.formattedDataSize(m_file->size()),
                                              locale.formattedDataSize(tailBytes)));
        } else {
            m_sizeLabel->setText(locale.formattedDataSize(m_file->size()));
        }
    }
    m_fileLabel->setText(m_fileLabel->fontMetrics().elidedText(m_fileLabelText, Qt::ElideMiddle,
                                                               std::max(m_fileLabel->width(), 40)));
}

void OutputView::openInEditor()
{
    if (!m_path.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
    }
}

void OutputView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_dirty) {
        return;
    }
    m_dirty = false;
    // Back from hidden: a rotation or a flood meanwhile is not replayed; the tail is shown
    // afresh instead.
    if (!m_file || idOf(m_path) != m_fileId || m_file->size() - m_file->pos() > tailBytes) {
        reload();
    } else {
        readTurn();
    }
}

void OutputView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_readTimer.isActive()) {
        m_readTimer.stop();
        m_dirty = true;
    }
}

bool OutputView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fileLabel && event->type() == QEvent::Resize) {
        m_fileLabel->setText(m_fileLabel->fontMetrics().elidedText(m_fileLabelText, Qt::ElideMiddle,
                                                                   m_fileLabel->width()));
    }
    return false;
}

void OutputView::findNext()
{
    m_search->findNext();
}

void OutputView::findPrevious()
{
    m_search->findPrevious();
}
