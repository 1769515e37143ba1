#include "gui/window/errorbox.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

void showError(QMainWindow *window, const QString &title, const QString &message)
{
    window->statusBar()->showMessage(title, 8000);
    QMessageBox box(QMessageBox::Warning, title, title, QMessageBox::Ok, window);
    box.setObjectName(u"errorMessage"_s);
    box.setInformativeText(message);
    box.exec();
}
