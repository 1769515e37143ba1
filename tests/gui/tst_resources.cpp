// What ships inside the GUI library: SVG icons that render (the SVG icon engine is installed),
// and a French translation that loads and is complete.
#include "core/model/programstate.h"
#include "gui/models/processtablemodel.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QPixmap>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconsRender_data();
    void iconsRender();
    void frenchTranslationLoads();
    void frenchTranslationIsComplete();
    void qtOwnStringsHaveAFrenchTranslation();
};

void TestResources::iconsRender_data()
{
    QTest::addColumn<QString>("path");
    const QStringList icons = QDir(u":/icons"_s).entryList({u"*.svg"_s});
    QVERIFY2(icons.size() >= 20, "the icons are not in the resources");
    for (const QString &icon : icons) {
        QTest::addRow("%s", qPrintable(icon)) << u":/icons/"_s + icon;
    }
}

void TestResources::iconsRender()
{
    QFETCH(QString, path);
    const QPixmap pixmap = QIcon(path).pixmap(32, 32);
    QVERIFY2(!pixmap.isNull(), "no SVG icon engine: is libqt6svg6 installed?");
    // Something was drawn: not every pixel is transparent.
    const QImage image = pixmap.toImage();
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; ++y) {
        for (int x = 0; x < image.width() && !painted; ++x) {
            painted = qAlpha(image.pixel(x, y)) > 0;
        }
    }
    QVERIFY(painted);
}

void TestResources::frenchTranslationLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::French), u"zlauncher"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString running = stateLabel(ProgramState::Running);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(running != stateLabel(ProgramState::Running), qPrintable(running));
}

void TestResources::frenchTranslationIsComplete()
{
    QFile ts(QStringLiteral(ZL_TRANSLATIONS_DIR "/zlauncher_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray content = ts.readAll();
    QVERIFY(content.contains("<message"));
    QCOMPARE(content.count("type=\"unfinished\""), 0);
}

void TestResources::qtOwnStringsHaveAFrenchTranslation()
{
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(QLocale::French), u"qtbase"_s, u"_"_s,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_fr.qm is missing: is qt6-translations-l10n installed?");
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
