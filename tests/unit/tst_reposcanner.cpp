#include "io/reposcanjson.h"
#include "io/reposcanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The repository scan over fixture trees made in a temporary folder: each checklist item
// present and absent, findings with file and line and secrets masked, skipped folders, symlink
// loops and links out of the folder, and large and binary files read only in part.
class TestRepoScanner : public QObject
{
    Q_OBJECT

    // Fake credentials, assembled so that this source file holds none.
    static QString awsKey() { return u"AKIA"_s + u"IOSFODNN7EXAMPLE"_s; }
    static QString githubToken() { return u"ghp_"_s + QString(36, u'a'); }
    static QString slackToken() { return u"xoxb-"_s + u"123456789012-abcdefghij"_s; }
    static QString openAiKey() { return u"sk-"_s + u"proj-abcdefghijklmnopqrstuvwx"_s; }

    static void write(const QString &root, const QString &rel, const QByteArray &content = {})
    {
        const QString path = root + u'/' + rel;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        f.write(content);
    }

    static const RepoScanner::Item &item(const RepoScanner::Result &r, const QString &id)
    {
        static const RepoScanner::Item none;
        const RepoScanner::Item *i = r.item(id);
        return i ? *i : none;
    }

    static QStringList files(const RepoScanner::Item &item)
    {
        QStringList out;
        for (const ScanEvidence &e : item.evidence)
            out << (e.line > 0 ? u"%1:%2"_s.arg(e.file).arg(e.line) : e.file);
        return out;
    }

private slots:
    void emptyFolder()
    {
        QTemporaryDir dir;
        const auto r = RepoScanner::scan(dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.items.size(), 14);
        for (const auto &i : r.items) {
            const bool clean = i.id == "absolute_paths"_L1 || i.id == "secrets"_L1;
            QVERIFY2(i.passed == clean, qPrintable(i.id));
        }
        QCOMPARE(r.score, 16);
    }

    void items_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("readme") << u"README.md"_s << QByteArray("# X\n") << u"readme"_s
                                << u"README.md"_s;
        QTest::newRow("readme rst")
            << u"readme.rst"_s << QByteArray("X\n=\n") << u"readme"_s << u"readme.rst"_s;
        QTest::newRow("install heading")
            << u"README.md"_s << QByteArray("# Tool\n\nText\n\n## Installation\n\npip install x\n")
            << u"readme_install"_s << u"README.md:5"_s;
        QTest::newRow("usage setext")
            << u"README.md"_s << QByteArray("Tool\n====\n\nUsage\n-----\nrun it\n")
            << u"readme_usage"_s << u"README.md:4"_s;
        QTest::newRow("tests folder")
            << u"tests/helpers.py"_s << QByteArray("x = 1\n") << u"tests"_s << u"tests/"_s;
        QTest::newRow("test_ python")
            << u"src/test_model.py"_s << QByteArray() << u"tests"_s << u"src/test_model.py"_s;
        QTest::newRow("_test python")
            << u"model_test.py"_s << QByteArray() << u"tests"_s << u"model_test.py"_s;
        QTest::newRow("go test") << u"pkg/api_test.go"_s << QByteArray() << u"tests"_s
                                 << u"pkg/api_test.go"_s;
        QTest::newRow("spec ts") << u"web/app.spec.ts"_s << QByteArray() << u"tests"_s
                                 << u"web/app.spec.ts"_s;
        QTest::newRow("java test") << u"src/main/FooTest.java"_s << QByteArray() << u"tests"_s
                                   << u"src/main/FooTest.java"_s;
        QTest::newRow("github workflow")
            << u".github/workflows/ci.yml"_s << QByteArray("on: push\n") << u"ci"_s
            << u".github/workflows/ci.yml"_s;
        QTest::newRow("gitlab") << u".gitlab-ci.yml"_s << QByteArray() << u"ci"_s
                                << u".gitlab-ci.yml"_s;
        QTest::newRow("jenkins") << u"Jenkinsfile"_s << QByteArray() << u"ci"_s << u"Jenkinsfile"_s;
        QTest::newRow("azure") << u"azure-pipelines.yml"_s << QByteArray() << u"ci"_s
                               << u"azure-pipelines.yml"_s;
        QTest::newRow("circleci") << u".circleci/config.yml"_s << QByteArray() << u"ci"_s
                                  << u".circleci/config.yml"_s;
        QTest::newRow("appveyor") << u"appveyor.yml"_s << QByteArray() << u"ci"_s
                                  << u"appveyor.yml"_s;
        QTest::newRow("travis") << u".travis.yml"_s << QByteArray() << u"ci"_s << u".travis.yml"_s;
        for (const char *env : {"requirements.txt", "environment.yml", "pyproject.toml", "Pipfile",
                                "setup.py", "setup.cfg", "package.json"})
            QTest::newRow(env) << QString::fromLatin1(env) << QByteArray("x\n") << u"environment"_s
                               << QString::fromLatin1(env);
        QTest::newRow("dockerfile")
            << u"Dockerfile"_s << QByteArray("FROM python\n") << u"container"_s << u"Dockerfile"_s;
        QTest::newRow("compose") << u"docker-compose.yml"_s << QByteArray() << u"container"_s
                                 << u"docker-compose.yml"_s;
        QTest::newRow("license") << u"LICENSE"_s << QByteArray("MIT\n") << u"license"_s
                                 << u"LICENSE"_s;
        QTest::newRow("copying") << u"COPYING.txt"_s << QByteArray() << u"license"_s
                                 << u"COPYING.txt"_s;
        QTest::newRow("coveragerc")
            << u".coveragerc"_s << QByteArray() << u"coverage"_s << u".coveragerc"_s;
        QTest::newRow("codecov") << u"codecov.yml"_s << QByteArray() << u"coverage"_s
                                 << u"codecov.yml"_s;
        QTest::newRow("tool.coverage")
            << u"pyproject.toml"_s << QByteArray("[project]\nname = \"x\"\n\n[tool.coverage.run]\n")
            << u"coverage"_s << u"pyproject.toml:4"_s;
        QTest::newRow("architecture doc") << u"docs/ARCHITECTURE.md"_s << QByteArray("x\n")
                                          << u"architecture"_s << u"docs/ARCHITECTURE.md"_s;
        QTest::newRow("architecture heading")
            << u"README.md"_s << QByteArray("# X\n## Architecture\ntext\n") << u"architecture"_s
            << u"README.md:2"_s;
        QTest::newRow("results") << u"README.md"_s
                                 << QByteArray("# X\n## Results\nF1 0.84 on the test set\n")
                                 << u"results"_s << u"README.md:2"_s;
        QTest::newRow("target") << u"README.md"_s
                                << QByteArray("# X\n## Problem\nInsurers lose claims\n")
                                << u"target"_s << u"README.md:2"_s;
    }

    void items()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, id);
        QFETCH(QString, evidence);
        QTemporaryDir dir;
        write(dir.path(), file, content);
        const auto r = RepoScanner::scan(dir.path());
        QVERIFY(r.ok());
        QVERIFY2(item(r, id).passed, qPrintable(id));
        QVERIFY2(files(item(r, id)).contains(evidence), qPrintable(files(item(r, id)).join(u',')));

        // Absent: the same tree without the file.
        QVERIFY(QFile::remove(dir.filePath(file)));
        for (QString p = QFileInfo(file).path(); p != "."_L1; p = QFileInfo(p).path())
            QDir(dir.path()).rmdir(p); // the empty folders it leaves
        const auto without = RepoScanner::scan(dir.path());
        QVERIFY(without.ok());
        QVERIFY(!item(without, id).passed);
    }

    void readmeHeadingsInCodeAreNotSections()
    {
        QTemporaryDir dir;
        write(dir.path(), u"README.md"_s, "# Tool\n\n```sh\n# install it\npip install x\n```\n");
        const auto r = RepoScanner::scan(dir.path());
        QVERIFY(item(r, u"readme"_s).passed);
        QVERIFY(!item(r, u"readme_install"_s).passed);
    }

    void secretsFoundAndMasked()
    {
        QTemporaryDir dir;
        write(dir.path(), u"app/settings.py"_s,
              ("import os\nAWS_KEY = '" + awsKey()
               + "'\nDB_PASSWORD = \"hunter2hunter\"\n"
                 "token = os.environ['TOKEN']\npassword = \"changeme\"\n")
                  .toUtf8());
        write(dir.path(), u"deploy/config.yaml"_s,
              ("github: " + githubToken() + "\nslack: " + slackToken() + "\n").toUtf8());
        write(dir.path(), u"notes.txt"_s, ("key " + openAiKey() + "\n").toUtf8());
        write(dir.path(), u"keys/server.pem"_s, "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n");
        write(dir.path(), u".env"_s, "X=1\n");
        write(dir.path(), u".env.example"_s, "X=\n");
        // A service account's key file holds the whole key on one line.
        const QString keyBody = u"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"_s;
        write(dir.path(), u"gcp/service-account.json"_s,
              ("{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE "
               "KEY-----\\n"
               + keyBody + "\\n-----END PRIVATE KEY-----\\n\",\n}\n")
                  .toUtf8());
        const auto r = RepoScanner::scan(dir.path());
        const auto &secrets = item(r, u"secrets"_s);
        QVERIFY(!secrets.passed);
        QStringList expected = {u"app/settings.py:2"_s,
                                u"app/settings.py:3"_s,
                                u"deploy/config.yaml:1"_s,
                                u"deploy/config.yaml:2"_s,
                                u"notes.txt:1"_s,
                                u"keys/server.pem:1"_s,
                                u"gcp/service-account.json:3"_s,
                                u".env"_s};
        QStringList found = files(secrets);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);

        // Masked everywhere: in the evidence and in the JSON the command line prints.
        const QByteArray json = RepoScanJson::toBytes(r);
        for (const QString &secret : {awsKey(), githubToken(), slackToken(), openAiKey(),
                                      u"hunter2hunter"_s, keyBody.left(12)}) {
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));
            for (const ScanEvidence &e : secrets.evidence)
                QVERIFY(!e.text.contains(secret));
        }
        QVERIFY(json.contains("AKIA********"));
        QVERIFY(json.contains("DB_PASSWORD = \\\"********\\\""));
        QVERIFY(json.contains("-----BEGIN PRIVATE KEY-----********-----END PRIVATE KEY-----"));
    }

    void absolutePathsWithFileAndLine()
    {
        QTemporaryDir dir;
        write(dir.path(), u"train.py"_s,
              "import pandas\n\ndf = pandas.read_csv('/home/alice/data/train.csv')\n"
              "url = 'https://example.com/home/page'\n");
        write(dir.path(), u"nb/explore.ipynb"_s,
              "{\n \"cells\": [\n  {\"source\": [\"open('/Users/bob/x.csv')\"]}\n ]\n}\n");
        write(dir.path(), u"win.py"_s, "p = r'C:\\Users\\carol\\x.csv'\n");
        write(dir.path(), u"docs/howto.md"_s, "Put it in /home/you/data\n");
        const auto r = RepoScanner::scan(dir.path());
        const auto &paths = item(r, u"absolute_paths"_s);
        QVERIFY(!paths.passed);
        QStringList found = files(paths);
        found.sort();
        QCOMPARE(found, QStringList({u"nb/explore.ipynb:3"_s, u"train.py:3"_s, u"win.py:1"_s}));
        QVERIFY(paths.evidence.first().text.contains(u"/home/alice"_s)
                || paths.evidence.last().text.contains(u"/home/alice"_s)
                || found.contains(u"train.py:3"_s));
    }

    void skippedFoldersAreSkipped()
    {
        QTemporaryDir dir;
        const QByteArray secret = ("KEY = '" + awsKey() + "'\n").toUtf8();
        for (const char *skipped :
             {".git/config", "node_modules/pkg/index.js", "venv/lib/x.py", ".venv/x.py",
              "build/gen.py", "dist/x.py", "__pycache__/x.py", "myenv/lib/x.py"})
            write(dir.path(), QString::fromLatin1(skipped), secret);
        write(dir.path(), u"myenv/pyvenv.cfg"_s, "home = /usr\n");
        write(dir.path(), u"node_modules/pkg/test_x.py"_s);
        write(dir.path(), u"src/ok.py"_s, "x = 1\n");
        const auto r = RepoScanner::scan(dir.path());
        QVERIFY2(item(r, u"secrets"_s).passed, qPrintable(files(item(r, u"secrets"_s)).join(u',')));
        QVERIFY(!item(r, u"tests"_s).passed);
        QCOMPARE(r.filesSeen, 1);
    }

    void symlinkLoopsFinishAndLinksOutAreIgnored()
    {
#ifdef Q_OS_WIN
        QSKIP("symbolic links need privileges on Windows");
#endif
        QTemporaryDir dir;
        QTemporaryDir outside;
        write(outside.path(), u"leak.py"_s, ("K = '" + awsKey() + "'\n").toUtf8());
        write(dir.path(), u"src/main.py"_s, "x = 1\n");
        QVERIFY(QFile::link(dir.path(), dir.filePath(u"src/loop"_s))); // back to the root
        QVERIFY(QFile::link(dir.filePath(u"self"_s), dir.filePath(u"self"_s))); // itself
        QVERIFY(QFile::link(dir.filePath(u"b"_s), dir.filePath(u"a"_s))); // a -> b -> a
        QVERIFY(QFile::link(dir.filePath(u"a"_s), dir.filePath(u"b"_s)));
        QVERIFY(QFile::link(outside.path(), dir.filePath(u"external"_s)));
        QVERIFY(QFile::link(outside.filePath(u"leak.py"_s), dir.filePath(u"leak.py"_s)));
        const auto r = RepoScanner::scan(dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r.filesSeen, 1);
        QVERIFY(item(r, u"secrets"_s).passed);
    }

    void largeAndBinaryFilesReadInPart()
    {
        QTemporaryDir dir;
        RepoScanner::Options options;
        options.headBytes = 64 * 1024;
        QByteArray big = ("first = '/home/alice/x'\n");
        big += QByteArray(4 * 1024 * 1024, 'x');
        big += ("\nK = '" + awsKey() + "'\n").toUtf8();
        write(dir.path(), u"big.py"_s, big);
        QByteArray binary("\x7f"
                          "ELF\0\0\0",
                          7);
        binary += ("K = '" + awsKey() + "'\n").toUtf8();
        write(dir.path(), u"tool"_s, binary);
        const auto r = RepoScanner::scan(dir.path(), options);
        QVERIFY(!item(r, u"absolute_paths"_s).passed); // in the head: found
        QVERIFY(item(r, u"secrets"_s).passed); // past the head, or in a binary: not read
        QVERIFY(r.bytesRead <= options.headBytes + binary.size());
    }

    void evidenceIsCapped()
    {
        QTemporaryDir dir;
        QByteArray lines;
        for (int i = 0; i < 80; ++i)
            lines += "p = '/home/alice/" + QByteArray::number(i) + "'\n";
        write(dir.path(), u"many.py"_s, lines);
        const auto r = RepoScanner::scan(dir.path());
        QCOMPARE(item(r, u"absolute_paths"_s).evidence.size(), 50);
        QCOMPARE(item(r, u"absolute_paths"_s).omitted, 30);
    }

    void cancelAndProgress()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            write(dir.path(), u"f%1.py"_s.arg(i), "x = 1\n");
        int reported = 0;
        const auto r = RepoScanner::scan(dir.path(), {}, nullptr, [&](int n) { reported = n; });
        QCOMPARE(reported, 200);
        std::atomic_bool cancel {false};
        const auto stopped = RepoScanner::scan(dir.path(), {}, &cancel, [&](int n) {
            if (n >= 64)
                cancel = true;
        });
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
    }

    void missingAndUnreadableFolders()
    {
        QTemporaryDir dir;
        const auto missing = RepoScanner::scan(dir.filePath(u"nope"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"no such folder"_s));
        write(dir.path(), u"file.txt"_s);
        QVERIFY(!RepoScanner::scan(dir.filePath(u"file.txt"_s)).ok());
    }

    void jsonShape()
    {
        QTemporaryDir dir;
        write(dir.path(), u"README.md"_s, "# X\n\n## Install\n");
        const QJsonObject o = RepoScanJson::toJson(RepoScanner::scan(dir.path()));
        QCOMPARE(o.value(u"path"_s).toString(),
                 QDir::toNativeSeparators(QDir(dir.path()).absolutePath()));
        QVERIFY(o.value(u"score"_s).isDouble());
        const QJsonArray items = o.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 14);
        const QJsonObject readme = items.at(0).toObject();
        QCOMPARE(readme.value(u"id"_s).toString(), u"readme"_s);
        QCOMPARE(readme.value(u"passed"_s).toBool(), true);
        const QJsonObject file = readme.value(u"evidence"_s).toArray().at(0).toObject();
        QCOMPARE(file.value(u"file"_s).toString(), u"README.md"_s);
        QVERIFY(!file.contains(u"line"_s));
        const QJsonObject install
            = items.at(1).toObject().value(u"evidence"_s).toArray().at(0).toObject();
        QCOMPARE(install.value(u"line"_s).toInt(), 3);
        QCOMPARE(install.value(u"text"_s).toString(), u"## Install"_s);
    }
};

QTEST_GUILESS_MAIN(TestRepoScanner)
#include "tst_reposcanner.moc"
