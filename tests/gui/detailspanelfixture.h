// What the details panel's tests share (tst_detailspages, tst_detailsoutput): the panel over a
// real supervisor (SupervisorFixture), resource history and event log on a fresh runtime
// directory (real programs: tc_beater, tc_crashy through the log daemon), and helpers to write
// and read the lines of a log file as its output view shows them.
#pragma once

#include "core/os/outputcollector.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/details/outputview.h"
#include "gui/models/eventlogmodel.h"
#include "gui/models/programeventsmodel.h"
#include "core/model/shellwords.h"

#include "supervisorfixture.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

inline QStringList numbered(const QString &prefix, int from, int to)
{
    QStringList lines;
    for (int i = from; i <= to; ++i) {
        lines.append(prefix + QString::number(i));
    }
    return lines;
}

inline bool append(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return false;
    }
    return file.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}

inline QStringList shownLines(const OutputView &view)
{
    const QString text = view.findChild<QPlainTextEdit *>(u"outputText"_s)->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

inline QLineSeries *series(const QWidget *panel, const QString &chart)
{
    auto *view = panel->findChild<QChartView *>(chart);
    return view ? qobject_cast<QLineSeries *>(view->chart()->series().value(0)) : nullptr;
}

class DetailsPanelFixture : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    QTabWidget *tabs() const { return m_panel->findChild<QTabWidget *>(u"detailsTabs"_s); }
    QString setting(const char *name) const;
    QTreeWidget *tree(const QString &name) const { return m_panel->findChild<QTreeWidget *>(name); }
    /// With ZL_SCREENSHOT_DIR set, saves the panel there, for a person to look at.
    void saveScreenshot(const QString &name) const;

    std::unique_ptr<ResourceHistory> m_resources;
    std::unique_ptr<EventLogModel> m_eventLog;
    std::unique_ptr<DetailsPanel> m_panel;
};
