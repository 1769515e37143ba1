#include <QTest>
class TestX : public QObject { Q_OBJECT };
QTEST_MAIN(TestX)
#include "tst_eventlogmodel.moc"
