#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

using namespace Qt::StringLiterals;

// The fuzz targets' entry points, compiled here with the normal compiler (CW_FUZZ_ENTRY).
extern "C" int fuzzRoadmapTemplate(const uint8_t *data, size_t size);

// Replays the seed corpus and every crasher found so far (tests/data/fuzz/TARGET) through the
// fuzz targets, so that CI keeps them fixed without clang or libFuzzer.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("file");
    const QString root = QStringLiteral(CW_TEST_DATA_DIR "/fuzz/roadmaptemplate");
    const QStringList names = QDir(root).entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 5);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << root + u'/' + n;
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray input = f.readAll();
    // The target aborts on anything wrong; returning is the pass.
    QCOMPARE(fuzzRoadmapTemplate(reinterpret_cast<const uint8_t *>(input.constData()),
                                 size_t(input.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
