// The details panel's output view following a log file: before and after it exists, through
// appends and rotations, from its tail only, paused while scrolled up, searched, and saying why
// a file cannot be read.
#include "detailspanelfixture.h"

class TestDetailsOutput : public DetailsPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void outputFollowsAFileBeforeAndAfterItExists();
    void outputFollowsRotationsWithoutLossOrRepeat();
    void outputLoadsOnlyTheTailOfABigFile();
    void outputPausesFollowingWhenScrolledUp();
    void outputSearchIsCaseInsensitiveAndWraps();
    void outputMatchesAreCountedWhileLinesKeepComing();
    void outputSaysWhyAFileCannotBeRead();
};

void TestDetailsOutput::outputFollowsAFileBeforeAndAfterItExists()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"logs/prog.log"_s);
    OutputView view;
    view.resize(600, 400);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.findChild<QLabel *>(u"outputSizeLabel"_s)->text(), u"not created yet"_s);
    QVERIFY(shownLines(view).isEmpty());

    // Neither the file nor its folder exist yet.
    QVERIFY(QDir(folder.path()).mkdir(u"logs"_s));
    QVERIFY(append(path, numbered(u"line "_s, 1, 3)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 3));
    QVERIFY(append(path, numbered(u"line "_s, 4, 6)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 6));

    // A line is shown once whole.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("li");
    file.flush();
    QSignalSpy appended(&view, &OutputView::linesAppended);
    file.write("ne 7\n");
    file.flush();
    QVERIFY(appended.wait());
    QCOMPARE(shownLines(view), numbered(u"line "_s, 1, 7));
}

void TestDetailsOutput::outputFollowsRotationsWithoutLossOrRepeat()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"prog.log"_s);
    QVERIFY(append(path, numbered(u"line "_s, 1, 10)));
    OutputView view;
    view.resize(600, 400);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 10));

    // Lines written just before the rotation, the rotation, and the new file's first lines,
    // all before the view hears of any.
    QVERIFY(append(path, numbered(u"line "_s, 11, 15)));
    QVERIFY(QFile::rename(path, path + u".1"_s));
    QVERIFY(append(path, numbered(u"line "_s, 16, 20)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 20));
    QVERIFY(append(path, numbered(u"line "_s, 21, 25)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 25));

    // Rotated again, and the new file comes later.
    QVERIFY(QFile::rename(path + u".1"_s, path + u".2"_s));
    QVERIFY(QFile::rename(path, path + u".1"_s));
    QTRY_COMPARE(view.findChild<QLabel *>(u"outputSizeLabel"_s)->text(), u"not created yet"_s);
    QVERIFY(append(path, numbered(u"line "_s, 26, 30)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 30));
    QVERIFY(append(path, numbered(u"line "_s, 31, 31)));
    QTRY_COMPARE(shownLines(view), numbered(u"line "_s, 1, 31));
}

void TestDetailsOutput::outputLoadsOnlyTheTailOfABigFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"big.log"_s);
    // 5000 lines of 100 bytes: about twice what is shown.
    QStringList lines;
    for (int i = 0; i < 5000; ++i) {
        lines.append(u"line %1 "_s.arg(i, 6, 10, QLatin1Char('0')).leftJustified(99, u'.'));
    }
    QVERIFY(append(path, lines));
    OutputView view;
    view.resize(600, 400);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(shownLines(view).value(shownLines(view).size() - 1), lines.last());
    const QStringList shown = shownLines(view);
    QVERIFY2(shown.size() <= OutputView::tailBytes / 100 + 1,
             qPrintable(QString::number(shown.size())));
    QVERIFY(shown.size() >= OutputView::tailBytes / 100 - 1);
    // No line cut in the middle where the tail starts.
    QCOMPARE(shown, lines.mid(lines.size() - shown.size()));
    QVERIFY2(view.findChild<QLabel *>(u"outputSizeLabel"_s)->text().contains(u"shown"_s),
             qPrintable(view.findChild<QLabel *>(u"outputSizeLabel"_s)->text()));

    // Rotated: the new file is shown whole, and the label no longer speaks of a tail.
    QVERIFY(QFile::rename(path, path + u".1"_s));
    QVERIFY(append(path, {u"fresh"_s}));
    QTRY_COMPARE(shownLines(view).value(shownLines(view).size() - 1), u"fresh"_s);
    QTRY_VERIFY2(!view.findChild<QLabel *>(u"outputSizeLabel"_s)->text().contains(u"shown"_s),
                 qPrintable(view.findChild<QLabel *>(u"outputSizeLabel"_s)->text()));
}

void TestDetailsOutput::outputPausesFollowingWhenScrolledUp()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"prog.log"_s);
    QVERIFY(append(path, numbered(u"line "_s, 1, 300)));
    OutputView view;
    view.resize(600, 300);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(shownLines(view).size(), 300);
    QScrollBar *bar = view.findChild<QPlainTextEdit *>(u"outputText"_s)->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowing());

    bar->setValue(10);
    QVERIFY(!view.isFollowing());
    QVERIFY(append(path, numbered(u"line "_s, 301, 400)));
    QTRY_COMPARE(shownLines(view).size(), 400);
    QCOMPARE(bar->value(), 10);

    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowing());
    QVERIFY(append(path, numbered(u"line "_s, 401, 500)));
    QTRY_COMPARE(shownLines(view).size(), 500);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestDetailsOutput::outputSearchIsCaseInsensitiveAndWraps()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"prog.log"_s);
    QVERIFY(append(path, {u"Alpha one"_s, u"beta"_s, u"gamma"_s, u"ALPHA two"_s, u"delta"_s}));
    OutputView view;
    view.resize(600, 300);
    view.setFile(path);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTRY_COMPARE(shownLines(view).size(), 5);
    auto *text = view.findChild<QPlainTextEdit *>(u"outputText"_s);
    auto *field = view.findChild<QLineEdit *>(u"outputSearchField"_s);
    const auto currentLine = [text] { return text->textCursor().block().text(); };

    text->setFocus();
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    // While following, the newest match first.
    QTest::keyClicks(field, u"alpha"_s);
    QCOMPARE(text->textCursor().selectedText(), u"ALPHA"_s);
    QCOMPARE(view.findChild<QLabel *>(u"outputMatchLabel"_s)->text(), u"2 matches"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(currentLine(), u"Alpha one"_s); // wrapped around
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(currentLine(), u"ALPHA two"_s);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(currentLine(), u"Alpha one"_s);
    QVERIFY(text->extraSelections().size() >= 2);

    field->clear();
    QTest::keyClicks(field, u"omega"_s);
    QCOMPARE(view.findChild<QLabel *>(u"outputMatchLabel"_s)->text(), u"Not found"_s);
}

void TestDetailsOutput::outputMatchesAreCountedWhileLinesKeepComing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"prog.log"_s);
    QVERIFY(append(path, {u"alpha 0"_s}));
    OutputView view;
    view.resize(600, 300);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(shownLines(view).size(), 1);
    auto *field = view.findChild<QLineEdit *>(u"outputSearchField"_s);
    auto *matches = view.findChild<QLabel *>(u"outputMatchLabel"_s);
    QTest::keyClicks(field, u"alpha"_s);
    QCOMPARE(matches->text(), u"1 match"_s);

    // A program writing a match every 50 ms, faster than the highlight's delay: the count must
    // still move while it writes, not only once it stops.
    int written = 1;
    QTimer writer;
    writer.setInterval(50);
    connect(&writer, &QTimer::timeout, this,
            [&] { QVERIFY(append(path, {u"alpha %1"_s.arg(written++)})); });
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(matches->text() != u"1 match"_s, 3000);
    QVERIFY(writer.isActive());
    writer.stop();
    QTRY_COMPARE(matches->text(), u"%1 matches"_s.arg(written));
}

void TestDetailsOutput::outputSaysWhyAFileCannotBeRead()
{
    // A folder where the log should be: not "not created yet", and not readable, even by root.
    QTemporaryDir folder;
    const QString path = folder.filePath(u"prog.log"_s);
    QVERIFY(QDir(folder.path()).mkdir(u"prog.log"_s));
    OutputView view;
    view.resize(600, 300);
    view.setFile(path);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString text = view.findChild<QLabel *>(u"outputSizeLabel"_s)->text();
    QVERIFY2(text.startsWith(u"cannot be read: "_s), qPrintable(text));
    QVERIFY(shownLines(view).isEmpty());
}

QTEST_MAIN(TestDetailsOutput)
#include "tst_detailsoutput.moc"
