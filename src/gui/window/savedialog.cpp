#include "gui/window/savedialog.h"

#include <QDir>
#include <QFileDialog>

QString askSavePath(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &suggestedName, const QList<std::pair<QString, QString>> &filters,
                    int *chosenFilter)
{
    QFileDialog dialog(parent, title, QDir::homePath());
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    QStringList names;
    for (const auto &[name, suffix] : filters) {
        names.append(name);
    }
    dialog.setNameFilters(names);
    dialog.setDefaultSuffix(filters.first().second);
    // A name typed without an extension takes the chosen filter's.
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, names, filters](const QString &name) {
                         const qsizetype index = names.indexOf(name);
                         if (index >= 0) {
                             dialog.setDefaultSuffix(filters.at(index).second);
                         }
                     });
    dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    if (chosenFilter) {
        *chosenFilter = static_cast<int>(names.indexOf(dialog.selectedNameFilter()));
    }
    return dialog.selectedFiles().first();
}
