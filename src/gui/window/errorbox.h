// The one way the window tells the user that something they asked for failed: the title in
// the status bar, and a warning box (objectName "errorMessage", which tests look for).
#pragma once

class QMainWindow;
class QString;

void showError(QMainWindow *window, const QString &title, const QString &message);
