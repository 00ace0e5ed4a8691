// The repository scan at scale (issue #10, "Speed"): a 20,000-file tree of a realistic
// project (Python, notebooks, configs, docs, tests) scanned by RepoScanner, against a
// baseline measured in the same run: walking the same tree and reading the same bytes with
// plain QDirIterator + QFile. Goal: at most 1.5x. Nothing here fails on time: read the ratio.
#include "benchhelper.h"
#include "io/reposcanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <limits>

using namespace Qt::StringLiterals;

static constexpr int FileCount = 20000;
static constexpr int FilesPerDir = 40;

static void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

// Code with the shapes the scanner looks at: imports, tokenizer calls, dict keys, paths.
static QByteArray pythonFile(int i)
{
    QByteArray s;
    s += "import os\nimport numpy as np\nfrom transformers import AutoTokenizer\n\n";
    for (int f = 0; f < 12; ++f) {
        s += "def step_" + QByteArray::number(i) + "_" + QByteArray::number(f) + "(batch, key):\n";
        s += "    tokens = tokenizer(batch['text'], padding=True)\n";
        s += "    path = os.path.join(DATA_DIR, 'part-" + QByteArray::number(f) + ".csv')\n";
        s += "    config = {'lr': 3e-4, 'key': key, 'epochs': 10}\n";
        s += "    return np.mean(tokens['input_ids']) * config['lr']\n\n";
    }
    return s;
}

static void makeTree(const QString &root)
{
    write(root + u"/README.md"_s,
          "# Project\n\n## Installation\n\npip install -e .\n\n## Usage\n\n"
          "python -m project\n\n## Results\n\nF1 0.84\n");
    write(root + u"/pyproject.toml"_s, "[project]\nname = \"x\"\n[tool.coverage.run]\n");
    for (int i = 1; i < FileCount - 1; ++i) {
        const QString dir = root + u"/src/pkg%1/mod%2"_s.arg(i / 1000).arg(i / FilesPerDir);
        if (i % FilesPerDir == 0 || i == 1)
            QDir().mkpath(dir);
        switch (i % 10) {
        case 0:
            write(dir + u"/notes%1.md"_s.arg(i), "## Notes\n\nSee the tokenizer and the key.\n");
            break;
        case 1:
            write(dir + u"/config%1.yaml"_s.arg(i), "model: base\nlr: 0.0003\napi_key_env: KEY\n");
            break;
        case 2:
            write(dir + u"/test_mod%1.py"_s.arg(i), pythonFile(i));
            break;
        case 3:
            write(dir + u"/data%1.json"_s.arg(i), "{\"token\": 1, \"key\": \"value\"}\n");
            break;
        default:
            write(dir + u"/mod%1.py"_s.arg(i), pythonFile(i));
        }
    }
}

// The baseline: walk with QDirIterator, read the same head of every file with QFile.
static qint64 baseline(const QString &root, qint64 head, int *files)
{
    qint64 bytes = 0;
    *files = 0;
    QByteArray buffer(qsizetype(head), Qt::Uninitialized);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        bytes += qMax<qint64>(0, f.read(buffer.data(), head));
        ++*files;
    }
    return bytes;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    makeTree(dir.path());
    const RepoScanner::Options options;

    int files = 0;
    qint64 baseBytes = 0;
    RepoScanner::Result result;
    // Warm the page cache once so both sides read from memory.
    baseline(dir.path(), options.headBytes, &files);
    const Bench::Timing base = Bench::bestTimingOf(
        7, [&] { baseBytes = baseline(dir.path(), options.headBytes, &files); });
    const Bench::Timing scan
        = Bench::bestTimingOf(7, [&] { result = RepoScanner::scan(dir.path(), options); });

    std::printf("tree: %d files, baseline read %lld bytes; scan saw %d files, read %lld bytes, "
                "score %d\n",
                files, static_cast<long long>(baseBytes), result.filesSeen,
                static_cast<long long>(result.bytesRead), result.score);
    Bench::report("repository scan, 20,000 files (wall) (goal <= 1.5)", scan.wallNs, base.wallNs);
    Bench::reportCpu("repository scan, 20,000 files (cpu) (goal <= 1.5)", scan.cpuNs, base.cpuNs);
    return files == result.filesSeen && baseBytes == result.bytesRead ? 0 : 1;
}
