#include "migrator.h"

#include "fileinspector.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Migrator::Migrator(QSqlDatabase db, const QString &resourceDir)
    : m_db(std::move(db))
    , m_dir(resourceDir)
{ }

QList<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression pattern(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    QList<Migration> result;
    const QStringList files = QDir(m_dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            m_error = QObject::tr("Migration file %1 is not named NNNN_name.sql.").arg(name);
            return {};
        }
        QFile f(m_dir + u'/' + name);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QObject::tr("Migration file %1 cannot be read.").arg(name);
            return {};
        }
        result.append({match.captured(1).toInt(), name, QString::fromUtf8(f.readAll())});
    }
    for (int i = 0; i < result.size(); ++i) {
        if (result[i].version != i + 1) {
            m_error = QObject::tr("Migration %1 is out of sequence: expected number %2.")
                          .arg(result[i].fileName, u"%1"_s.arg(i + 1, 4, 10, QLatin1Char('0')));
            return {};
        }
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Migrator::migrate(quint32 applicationId, int upTo)
{
    m_error.clear();
    const QList<Migration> all = migrations();
    if (all.isEmpty()) {
        if (m_error.isEmpty())
            m_error = QObject::tr("No migrations were found in %1.").arg(m_dir);
        return false;
    }
    const int current = currentVersion();
    if (current < 0) {
        m_error = QObject::tr("The schema version cannot be read: %1").arg(m_db.lastError().text());
        return false;
    }
    for (const Migration &m : all) {
        if (m.version <= current || (upTo >= 0 && m.version > upTo))
            continue;
        if (!m_db.transaction()) {
            m_error = QObject::tr("%1: cannot start a transaction: %2")
                          .arg(m.fileName, m_db.lastError().text());
            return false;
        }
        QStringList statements = splitStatements(m.sql);
        // PRAGMA takes no bound values; both numbers are integers we produce ourselves.
        statements << u"PRAGMA user_version = %1"_s.arg(m.version);
        if (m.version == 1)
            statements << u"PRAGMA application_id = %1"_s.arg(qint32(applicationId));
        for (int i = 0; i < statements.size(); ++i) {
            QSqlQuery q(m_db);
            if (!q.exec(statements[i])) {
                const QString excerpt = statements[i].simplified().left(80);
                m_error
                    = QObject::tr("%1, statement %2 (%3): %4")
                          .arg(m.fileName, QString::number(i + 1), excerpt, q.lastError().text());
                q.finish();
                m_db.rollback();
                return false;
            }
        }
        if (!m_db.commit()) {
            m_error = QObject::tr("%1: commit failed: %2").arg(m.fileName, m_db.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    return true;
}

QStringList Migrator::tablesAt(int version) const
{
    const QString name = SqlConnection::uniqueName(u"cw-schema"_s);
    QStringList tables;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        memory.setDatabaseName(u":memory:"_s);
        if (memory.open()) {
            Migrator m(memory, m_dir);
            if (m.migrate(0, version))
                tables = FileInspector::userTables(memory, nullptr);
            else
                m_error = m.error();
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    int blockDepth = 0;
    const int n = script.size();
    auto flush = [&]() {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out << s;
        current.clear();
        inTrigger = false;
        blockDepth = 0;
    };
    auto wordAt = [&](int i) {
        int j = i;
        while (j < n && (script[j].isLetterOrNumber() || script[j] == u'_'))
            ++j;
        return script.mid(i, j - i);
    };
    int i = 0;
    while (i < n) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const int end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            int j = i + 1;
            while (j < n) {
                if (script[j] == close) {
                    if (close != u']' && j + 1 < n && script[j + 1] == close) {
                        j += 2; // doubled quote inside a literal
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c.isLetter()
            && (i == 0 || !(script[i - 1].isLetterOrNumber() || script[i - 1] == u'_'))) {
            const QString word = wordAt(i);
            const QString upper = word.toUpper();
            if (upper == "TRIGGER"_L1 && current.trimmed().toUpper().startsWith("CREATE"_L1))
                inTrigger = true;
            else if (inTrigger && (upper == "BEGIN"_L1 || upper == "CASE"_L1))
                ++blockDepth;
            else if (inTrigger && upper == "END"_L1 && blockDepth > 0)
                --blockDepth;
            current += word;
            i += word.size();
            continue;
        }
        if (c == u';' && !(inTrigger && blockDepth > 0)) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return out;
}
