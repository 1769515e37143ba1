// What the main window's tests share (tst_mainwindowactions, tst_mainwindowquit,
// tst_mainwindowlayout, tst_mainwindownotifications): a window over a real supervisor and
// configuration on a fresh runtime directory, with its settings kept there too, and the ways a
// user reaches it: actions and widgets found by the objectNames set in ui/mainwindow.ui, modal
// dialogs answered from the event loop. The supervisor and its cleanup, which kills every
// program a test started: SupervisorFixture.
#pragma once

#include "core/config/configurationkeeper.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/formatting.h"
#include "gui/window/mainwindow.h"
#include "gui/models/processtablemodel.h"
#include "gui/window/notificationlimiter.h"
#include "gui/window/problemnotifier.h"

#include "supervisorfixture.h"
#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;

class MainWindowFixture : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    QAction *action(const char *name) const;
    void select(const QString &program);
    /// Runs handler on the next modal widget to appear, from the event loop.
    void whenModal(std::function<void(QWidget *)> handler);
    void addRunning(const QString &name);
    /// The table's cell of program in column (through the sorting proxy).
    QModelIndex cell(const QString &program, int column) const;
    /// Log rows (as shown) whose kind column reads kind.
    QStringList logMessages(const QString &kind) const;
    /// Answers the next file dialog (objectName) with path.
    void saveThroughDialog(const QString &dialogName, const QString &path);
    QString statusLabels() const;

    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<MainWindow> m_window;
    bool m_modalHandled = false;
};
