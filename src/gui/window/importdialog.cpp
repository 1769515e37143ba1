#include "gui/window/importdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { ProgramColumn, KeyColumn, OutcomeColumn, ColumnCount };

QTreeWidget *notesView(const ImportResult &result, QWidget *parent)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(u"importNotes"_s);
    view->setColumnCount(ColumnCount);
    view->setHeaderLabels({ImportDialog::tr("Program"), ImportDialog::tr("Key"),
                           ImportDialog::tr("Became, or why not")});
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon done = QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    // What was not mapped first: it is what the user must read.
    for (const bool mapped : {false, true}) {
        for (const ImportNote &note : result.notes) {
            if (note.mapped != mapped) {
                continue;
            }
            auto *item = new QTreeWidgetItem(
                    view,
                    {note.program.isEmpty() ? ImportDialog::tr("(file)") : note.program, note.key,
                     note.detail});
            item->setToolTip(OutcomeColumn, note.detail);
            item->setIcon(KeyColumn, mapped ? done : warning);
            item->setToolTip(KeyColumn,
                             mapped ? ImportDialog::tr("Mapped") : ImportDialog::tr("Not mapped"));
        }
    }
    view->header()->setSectionResizeMode(ProgramColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, const ImportResult &result,
                           const QStringList &taken, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    QStringList skipped;
    for (const ProgramSpec &program : result.configuration.programs) {
        if (taken.contains(program.name)) {
            skipped.append(program.name);
        } else {
            m_toAdd.append(program);
        }
    }
    auto *layout = new QVBoxLayout(this);
    QString summary = tr("%n program(s) read from %1 (%2).", nullptr,
                         int(result.configuration.programs.size()))
                              .arg(path, toString(result.format));
    if (const qsizetype notMapped = result.notMappedCount(); notMapped > 0) {
        summary += u' '
                + tr("%n key(s) could not be mapped: they are listed first.", nullptr,
                     int(notMapped));
    }
    if (!skipped.isEmpty()) {
        summary += u' '
                + tr("Not added, a program has the name already: %1.").arg(skipped.join(u", "_s));
    }
    auto *label = new QLabel(summary, this);
    label->setObjectName(u"importSummary"_s);
    label->setWordWrap(true);
    layout->addWidget(label);
    QTreeWidget *notes = notesView(result, this);
    layout->addWidget(notes, 1);
    // The selected note whole: a reason can be longer than its column.
    auto *selected = new QLabel(this);
    selected->setObjectName(u"importNoteText"_s);
    selected->setWordWrap(true);
    selected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    selected->setMinimumHeight(selected->fontMetrics().lineSpacing() * 2);
    connect(notes, &QTreeWidget::currentItemChanged, selected, [selected](QTreeWidgetItem *item) {
        selected->setText(item ? tr("%1: %2", "a key: what it became")
                                          .arg(item->text(KeyColumn), item->text(OutcomeColumn))
                               : QString());
    });
    notes->setCurrentItem(notes->topLevelItem(0));
    layout->addWidget(selected);
    m_start = new QCheckBox(tr("&Start the programs that start automatically"), this);
    m_start->setObjectName(u"importStart"_s);
    m_start->setToolTip(tr("Start at once every added program whose autostart is on, as the "
                           "launcher does when it opens"));
    m_start->setChecked(true);
    layout->addWidget(m_start);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("&Add %n program(s)", nullptr, int(m_toAdd.size())));
    add->setToolTip(tr("Add the programs to this configuration, which is saved with them"));
    add->setEnabled(!m_toAdd.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 600);
}

bool ImportDialog::startAfterAdding() const
{
    return m_start->isChecked();
}
