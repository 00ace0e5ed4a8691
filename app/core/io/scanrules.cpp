#include "scanrules.h"

#include "secretfinder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot <= 0 ? QString() : name.mid(dot + 1).toLower();
}

QString fileName(const QString &relPath)
{
    return relPath.mid(relPath.lastIndexOf(u'/') + 1);
}

bool atTop(const QString &relPath)
{
    return !relPath.contains(u'/');
}

// Case-insensitive match; compiled patterns are kept per thread (scans run on workers).
bool matches(const QString &pattern, const QString &text)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern,
                          QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return it->match(text).hasMatch();
}

} // namespace

bool ScanRules::isSkippedDir(const QString &name)
{
    static const QSet<QString> names = {
        u".git"_s,
        u".hg"_s,
        u".svn"_s,
        u"node_modules"_s,
        u"bower_components"_s,
        u"venv"_s,
        u".venv"_s,
        u"virtualenv"_s,
        u".virtualenv"_s,
        u"__pycache__"_s,
        u".tox"_s,
        u".nox"_s,
        u".mypy_cache"_s,
        u".pytest_cache"_s,
        u".ruff_cache"_s,
        u".ipynb_checkpoints"_s,
        u"site-packages"_s,
        u".eggs"_s,
        u"build"_s,
        u"dist"_s,
        u"_build"_s,
        u"target"_s,
        u".gradle"_s,
        u".next"_s,
        u".nuxt"_s,
        u".cache"_s,
        u".terraform"_s,
        u"vendor"_s,
        u".idea"_s,
    };
    return names.contains(name) || name.startsWith("cmake-build-"_L1)
        || name.endsWith(".egg-info"_L1);
}

bool ScanRules::isCoverageReportDir(const QString &name)
{
    return name == "htmlcov"_L1 || name == "coverage"_L1;
}

bool ScanRules::isTestDir(const QString &name)
{
    static const QSet<QString> names
        = {u"tests"_s, u"test"_s, u"__tests__"_s, u"spec"_s, u"testing"_s, u"e2e"_s};
    return names.contains(name.toLower());
}

bool ScanRules::isReadme(const QString &relPath)
{
    return atTop(relPath)
        && matches(u"^readme(\\.(md|markdown|rst|txt|adoc|asciidoc|org))?$"_s, relPath);
}

bool ScanRules::isLicense(const QString &relPath)
{
    if (relPath.startsWith("LICENSES/"_L1))
        return true;
    if (!atTop(relPath))
        return false;
    return matches(u"^(licen[cs]e|copying|unlicense)([.-].*)?$"_s, relPath);
}

bool ScanRules::isTestFile(const QString &name)
{
    if (!name.contains("test"_L1, Qt::CaseInsensitive) && !name.contains("spec"_L1)
        && !name.startsWith("tst_"_L1))
        return false;
    static const QRegularExpression re(
        u"^(test_.*\\.py|.*_tests?\\.py|conftest\\.py|.*_test\\.go|"
        ".*\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs)|.*Tests?\\.(java|kt|scala|swift|cs|php)|"
        ".*_(spec|test)\\.rb|test-.*\\.[rR]|test_.*\\.[rR]|tst_.*\\.(cpp|cc|c)|"
        ".*_test\\.(cpp|cc|c|rs)|.*_spec\\.lua)$"_s);
    return re.match(name).hasMatch();
}

bool ScanRules::isCiFile(const QString &relPath)
{
    const QString name = fileName(relPath);
    if (relPath.startsWith(".github/workflows/"_L1))
        return name.endsWith(".yml"_L1) || name.endsWith(".yaml"_L1);
    if (relPath.startsWith(".circleci/"_L1))
        return true;
    static const QSet<QString> names = {
        u".gitlab-ci.yml"_s,  u"Jenkinsfile"_s,     u"azure-pipelines.yml"_s,     u"appveyor.yml"_s,
        u".appveyor.yml"_s,   u".travis.yml"_s,     u"bitbucket-pipelines.yml"_s, u".drone.yml"_s,
        u".woodpecker.yml"_s, u"cloudbuild.yaml"_s, u"buildkite.yml"_s,
    };
    return atTop(relPath) && names.contains(relPath);
}

bool ScanRules::isEnvironmentFile(const QString &relPath)
{
    const QString name = fileName(relPath);
    static const QSet<QString> names = {
        u"requirements.txt"_s, u"environment.yml"_s,  u"environment.yaml"_s, u"conda.yml"_s,
        u"conda.yaml"_s,       u"pyproject.toml"_s,   u"Pipfile"_s,          u"Pipfile.lock"_s,
        u"poetry.lock"_s,      u"uv.lock"_s,          u"setup.py"_s,         u"setup.cfg"_s,
        u"package.json"_s,     u"go.mod"_s,           u"Cargo.toml"_s,       u"pom.xml"_s,
        u"build.gradle"_s,     u"build.gradle.kts"_s, u"Gemfile"_s,          u"renv.lock"_s,
        u"flake.nix"_s,        u"shell.nix"_s,        u".python-version"_s,  u"runtime.txt"_s,
        u".tool-versions"_s,   u"vcpkg.json"_s,       u"conanfile.txt"_s,    u"conanfile.py"_s,
    };
    if (names.contains(name))
        return true;
    if (!name.startsWith("requirements"_L1) && !relPath.startsWith("requirements/"_L1))
        return false;
    return matches(u"^requirements[-_.].*\\.(txt|in)$"_s, name)
        || (relPath.startsWith("requirements/"_L1) && name.endsWith(".txt"_L1));
}

bool ScanRules::isContainerFile(const QString &relPath)
{
    const QString name = fileName(relPath);
    if (relPath.endsWith(".devcontainer/devcontainer.json"_L1))
        return true;
    if (!name.contains("docker"_L1, Qt::CaseInsensitive)
        && !name.contains("compose"_L1, Qt::CaseInsensitive)
        && !name.contains("container"_L1, Qt::CaseInsensitive))
        return false;
    return matches(u"^(dockerfile([.-].*)?|.*\\.dockerfile|containerfile|"
                   "(docker-)?compose([.-].*)?\\.ya?ml)$"_s,
                   name);
}

bool ScanRules::isCoverageFile(const QString &name)
{
    static const QSet<QString> names = {
        u".coveragerc"_s,  u"codecov.yml"_s, u".codecov.yml"_s, u"codecov.yaml"_s,
        u"coverage.xml"_s, u"lcov.info"_s,   u".nycrc"_s,       u".nycrc.json"_s,
        u".nycrc.yml"_s,   u"jacoco.xml"_s,  u".coverage"_s,
    };
    return names.contains(name);
}

bool ScanRules::isArchitectureFile(const QString &relPath)
{
    const QString name = fileName(relPath).toLower();
    if (!name.contains("architecture"_L1) && !name.contains("diagram"_L1)
        && !name.startsWith("adr-"_L1) && !name.contains(u'.'))
        return false;
    const QString suffix = suffixOf(name);
    if (name.contains("architecture"_L1) || name.startsWith("adr-"_L1))
        return true;
    if (suffix == "drawio"_L1 || suffix == "puml"_L1 || suffix == "plantuml"_L1
        || suffix == "mmd"_L1 || suffix == "excalidraw"_L1)
        return true;
    return name.contains("diagram"_L1);
}

bool ScanRules::isCommittedEnvFile(const QString &name)
{
    if (name == ".env"_L1)
        return true;
    return name.startsWith(".env."_L1)
        && !matches(u"\\.(example|sample|template|dist|defaults?|tmpl|tpl)$"_s, name);
}

bool ScanRules::isPrivateKeyFile(const QString &name)
{
    return name == "id_rsa"_L1 || name == "id_dsa"_L1 || name == "id_ecdsa"_L1
        || name == "id_ed25519"_L1;
}

bool ScanRules::mayConfigureCoverage(const QString &relPath)
{
    const QString name = fileName(relPath);
    static const QSet<QString> names
        = {u"pyproject.toml"_s, u"setup.cfg"_s, u"tox.ini"_s,   u"pytest.ini"_s,
           u"package.json"_s,   u"Makefile"_s,  u"noxfile.py"_s};
    return names.contains(name) || isCiFile(relPath);
}

bool ScanRules::isCode(const QString &name)
{
    static const QSet<QString> suffixes = {
        u"py"_s,   u"ipynb"_s, u"js"_s,    u"jsx"_s, u"ts"_s,   u"tsx"_s, u"mjs"_s,   u"cjs"_s,
        u"java"_s, u"kt"_s,    u"scala"_s, u"go"_s,  u"rs"_s,   u"c"_s,   u"cc"_s,    u"cpp"_s,
        u"cxx"_s,  u"h"_s,     u"hpp"_s,   u"cs"_s,  u"rb"_s,   u"php"_s, u"swift"_s, u"m"_s,
        u"r"_s,    u"jl"_s,    u"lua"_s,   u"sh"_s,  u"bash"_s, u"zsh"_s, u"ps1"_s,   u"sql"_s,
        u"dart"_s, u"pl"_s,    u"rmd"_s,   u"qmd"_s,
    };
    return suffixes.contains(suffixOf(name));
}

bool ScanRules::isConfig(const QString &name)
{
    static const QSet<QString> suffixes
        = {u"yml"_s,  u"yaml"_s,       u"toml"_s, u"json"_s, u"ini"_s, u"cfg"_s,
           u"conf"_s, u"properties"_s, u"env"_s,  u"xml"_s,  u"tf"_s,  u"tfvars"_s};
    return suffixes.contains(suffixOf(name)) || name.startsWith(".env"_L1);
}

bool ScanRules::isOpaque(const QString &name)
{
    static const QSet<QString> suffixes = {
        u"png"_s,    u"jpg"_s,         u"jpeg"_s,   u"gif"_s,  u"bmp"_s,     u"ico"_s,
        u"webp"_s,   u"tif"_s,         u"tiff"_s,   u"pdf"_s,  u"zip"_s,     u"gz"_s,
        u"tgz"_s,    u"bz2"_s,         u"xz"_s,     u"7z"_s,   u"rar"_s,     u"tar"_s,
        u"whl"_s,    u"jar"_s,         u"class"_s,  u"so"_s,   u"dll"_s,     u"dylib"_s,
        u"exe"_s,    u"o"_s,           u"a"_s,      u"pyc"_s,  u"pt"_s,      u"pth"_s,
        u"ckpt"_s,   u"safetensors"_s, u"onnx"_s,   u"h5"_s,   u"hdf5"_s,    u"pkl"_s,
        u"pickle"_s, u"joblib"_s,      u"npy"_s,    u"npz"_s,  u"parquet"_s, u"feather"_s,
        u"arrow"_s,  u"bin"_s,         u"tflite"_s, u"pb"_s,   u"csv"_s,     u"tsv"_s,
        u"mp3"_s,    u"mp4"_s,         u"wav"_s,    u"flac"_s, u"avi"_s,     u"mov"_s,
        u"woff"_s,   u"woff2"_s,       u"ttf"_s,    u"otf"_s,  u"eot"_s,     u"db"_s,
        u"sqlite"_s, u"sqlite3"_s,     u"drawio"_s, u"svg"_s,
    };
    return suffixes.contains(suffixOf(name));
}

bool ScanRules::isMarkdown(const QString &name)
{
    const QString s = suffixOf(name);
    return s == "md"_L1 || s == "markdown"_L1;
}

QList<ScanEvidence> ScanRules::coverageLines(const QString &relPath, const QByteArray &data)
{
    static const QRegularExpression re(
        u"^\\s*\\[(tool\\.coverage|coverage:)|--cov(\\b|=)|--coverage\\b|pytest-cov|"
        "codecov|coverallsapp|\"nyc\""_s);
    QList<ScanEvidence> out;
    int line = 0;
    for (const QByteArray &raw : data.split('\n')) {
        ++line;
        if (!raw.contains("cov") && !raw.contains("nyc"))
            continue;
        const QString text = QString::fromUtf8(raw);
        if (re.match(text).hasMatch()) {
            out << ScanEvidence {relPath, line, SecretFinder::masked(text)};
            break;
        }
    }
    return out;
}

int ScanRules::mermaidLine(const QByteArray &data)
{
    const qsizetype at = data.indexOf("```mermaid");
    return at < 0 ? 0 : int(data.left(at).count('\n')) + 1;
}
