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
    view->setWordWrap(true);
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
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
            if (!mapped) {
                item->setIcon(KeyColumn, warning);
                item->setToolTip(KeyColumn, ImportDialog::tr("Not mapped"));
            }
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
    layout->addWidget(notesView(result, this), 1);
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
    resize(820, 520);
}

bool ImportDialog::startAfterAdding() const
{
    return m_start->isChecked();
}
