#include "mainwindowfixture.h"

void MainWindowFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zlauncher-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void MainWindowFixture::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_env->filePath(u"settings"_s));
    m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
    QVERIFY(m_keeper->open(m_env->filePath(u"zlauncher.json"_s)).ok);
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_modalHandled = false;
}

void MainWindowFixture::cleanup()
{
    // The window and the keeper hold the supervisor: gone before it.
    tearDown([this] {
        m_window.reset();
        m_keeper.reset();
    });
}

QAction *MainWindowFixture::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no action named %s", name);
    }
    return found;
}

void MainWindowFixture::select(const QString &program)
{
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    table->clearSelection();
    const QModelIndexList matches = table->model()->match(
            table->model()->index(0, 0), Qt::DisplayRole, program, 1, Qt::MatchExactly);
    QVERIFY2(!matches.isEmpty(), qPrintable(program));
    table->selectRow(matches.first().row());
}

void MainWindowFixture::whenModal(std::function<void(QWidget *)> handler)
{
    QTimer::singleShot(0, this, [this, handler] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            whenModal(handler);
            return;
        }
        handler(modal);
        m_modalHandled = true;
    });
}

void MainWindowFixture::addRunning(const QString &name)
{
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(name, QStringLiteral(ZL_TC_BEATER))));
    m_supervisor->startProgram(name);
    QTRY_COMPARE(m_supervisor->snapshot(name)->state, ProgramState::Running);
}

QModelIndex MainWindowFixture::cell(const QString &program, int column) const
{
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(u"programTable"_s)->model();
    const QModelIndexList matches
            = model->match(model->index(0, 0), Qt::DisplayRole, program, 1, Qt::MatchExactly);
    return matches.isEmpty() ? QModelIndex() : matches.first().siblingAtColumn(column);
}

QStringList MainWindowFixture::logMessages(const QString &kind) const
{
    const QAbstractItemModel *log = m_window->findChild<QTableView *>(u"logView"_s)->model();
    QStringList messages;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, 2).data().toString() == kind) {
            messages.append(log->index(row, 3).data().toString());
        }
    }
    return messages;
}

void MainWindowFixture::saveThroughDialog(const QString &dialogName, const QString &path)
{
    whenModal([dialogName, path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), dialogName);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

QString MainWindowFixture::statusLabels() const
{
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        texts.append(label->text());
    }
    return texts.join(u'|');
}
