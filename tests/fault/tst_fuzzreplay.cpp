#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

using namespace Qt::StringLiterals;

// The fuzz targets' entry points, compiled here with the normal compiler (CW_FUZZ_ENTRY).
extern "C" int fuzzRoadmapTemplate(const uint8_t *data, size_t size);
extern "C" int fuzzCsv(const uint8_t *data, size_t size);
extern "C" int fuzzJsonResume(const uint8_t *data, size_t size);
extern "C" int fuzzBackup(const uint8_t *data, size_t size);
extern "C" int fuzzJobPosting(const uint8_t *data, size_t size);
extern "C" int fuzzPdfImage(const uint8_t *data, size_t size);

namespace {

using Entry = int (*)(const uint8_t *, size_t);

// Every fuzz target with its corpus folder under tests/data/fuzz. A new parser of user files
// adds its target to fuzz/CMakeLists.txt, to tests/fault/CMakeLists.txt and here.
struct Target
{
    const char *corpus;
    Entry entry;
};
const Target targets[] = {
    {"roadmaptemplate", fuzzRoadmapTemplate}, {"csv", fuzzCsv},
    {"jsonresume", fuzzJsonResume},           {"backup", fuzzBackup},
    {"jobposting", fuzzJobPosting},           {"pdfimage", fuzzPdfImage},
};

} // namespace

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
    QTest::addColumn<int>("target");
    for (int t = 0; t < int(std::size(targets)); ++t) {
        const QString root
            = QStringLiteral(CW_TEST_DATA_DIR "/fuzz/") + QLatin1String(targets[t].corpus);
        const QStringList names = QDir(root).entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 5, qPrintable(root + u": fewer than 5 seeds"_s));
        for (const QString &n : names)
            QTest::addRow("%s/%s", targets[t].corpus, qPrintable(n)) << root + u'/' + n << t;
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, file);
    QFETCH(int, target);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray input = f.readAll();
    // The target aborts on anything wrong; returning is the pass.
    QCOMPARE(targets[target].entry(reinterpret_cast<const uint8_t *>(input.constData()),
                                   size_t(input.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
