#include "backupimport.h"

#include "backupreader.h"

#include "db/database.h"
#include "task/taskcontrol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// Writes what the reader hands over into the new workbench (inside Database's transaction).
class DatabaseSink : public BackupReader::Sink
{
public:
    DatabaseSink(QSqlDatabase db, TaskControl *control, qint64 totalBytes)
        : m_db(std::move(db))
        , m_control(control)
        , m_total(totalBytes)
    { }

    BackupImport::Summary summary;

    bool header(const BackupReader::Header &h, QString *error) override
    {
        summary.schemaVersion = h.schemaVersion;
        QSqlQuery q(m_db);
        // The new file's own tables and columns; rows come only into these.
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s))
            return fail(q, error);
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        // A new workbench comes with a few rows of its own (the profile row, built-in
        // formats): the backup's rows replace them. Foreign keys are checked at commit.
        if (!q.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return fail(q, error);
        for (const QString &t : std::as_const(tables)) {
            QSqlQuery info(m_db);
            if (!info.exec(u"PRAGMA table_info(%1)"_s.arg(quoted(t))))
                return fail(info, error);
            QSet<QString> columns;
            while (info.next())
                columns.insert(info.value(1).toString());
            m_columns.insert(t, columns);
            if (!q.exec(u"DELETE FROM %1"_s.arg(quoted(t))))
                return fail(q, error);
        }
        return true;
    }
    bool beginTable(const QString &name, const QStringList &columns, QString *error) override
    {
        const auto known = m_columns.constFind(name);
        if (known == m_columns.constEnd()) {
            *error = BackupImport::tr("The backup has a table \"%1\" that this Career Workbench "
                                      "does not know.")
                         .arg(name);
            return false;
        }
        if (m_done.contains(name)) {
            *error = BackupImport::tr("The table \"%1\" is in the backup twice.").arg(name);
            return false;
        }
        m_done.insert(name);
        QStringList names, marks;
        for (const QString &c : columns) {
            if (!known->contains(c)) {
                *error = BackupImport::tr("The table \"%1\" of the backup has a column \"%2\" "
                                          "that this Career Workbench does not know.")
                             .arg(name, c);
                return false;
            }
            names << quoted(c);
            marks << u"?"_s;
        }
        m_insert = QSqlQuery(m_db);
        m_table = name;
        ++summary.tables;
        if (!m_insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                quoted(name), names.join(u", "_s), marks.join(u", "_s))))
            return fail(m_insert, error);
        return true;
    }
    bool row(const QVariantList &values, QString *error) override
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bindValue(int(i), values.at(i));
        if (!m_insert.exec()) {
            *error = BackupImport::tr("Row %1 of table \"%2\" cannot be restored: %3")
                         .arg(m_rowsInTable + 1)
                         .arg(m_table, m_insert.lastError().text());
            return false;
        }
        ++m_rowsInTable;
        ++summary.rows;
        return true;
    }
    bool endTable(QString *) override
    {
        m_rowsInTable = 0;
        m_insert = QSqlQuery();
        return true;
    }
    bool progress(qint64 bytes) override
    {
        if (!m_control)
            return true;
        m_control->setProgress(int(bytes * 1000 / qMax<qint64>(m_total, 1)), 1000,
                               BackupImport::tr("Restoring %1").arg(m_table));
        return !m_control->isCanceled();
    }

private:
    static bool fail(const QSqlQuery &q, QString *error)
    {
        *error = q.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    TaskControl *m_control;
    qint64 m_total;
    QHash<QString, QSet<QString>> m_columns;
    QSet<QString> m_done;
    QSqlQuery m_insert;
    QString m_table;
    qint64 m_rowsInTable = 0;
};

} // namespace

WriteResult BackupImport::importInto(const QString &backupPath, const QString &target,
                                     TaskControl *control, Summary *summary)
{
    const QString shown = QDir::toNativeSeparators(backupPath);
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return WriteResult::failure(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    // Refuse a newer format or schema before anything is created.
    BackupReader::Header header;
    QString error;
    if (!BackupReader::readHeader(&file, &header, &error))
        return WriteResult::failure(tr("%1: %2").arg(shown, error));
    if (header.schemaVersion > Database::latestSchemaVersion() || header.schemaVersion < 1)
        return WriteResult::failure(
            tr("%1 was made by a newer Career Workbench (schema version %2; this one knows up "
               "to %3). Open it with a newer Career Workbench.")
                .arg(shown)
                .arg(header.schemaVersion)
                .arg(Database::latestSchemaVersion()));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return WriteResult::failure(tr("%1 already exists. A backup is only restored into a "
                                       "new file; choose another name.")
                                        .arg(QDir::toNativeSeparators(target)));
    if (!file.seek(0))
        return WriteResult::failure(tr("%1 cannot be read: %2").arg(shown, file.errorString()));

    Summary restored;
    QString readError;
    const Database::Initializer fill = [&](QSqlDatabase &db, QString *e) {
        // The sink holds queries on Database's connection: it is gone before that closes.
        DatabaseSink sink(db, control, file.size());
        const bool ok = BackupReader::read(&file, &sink, &readError);
        restored = sink.summary;
        if (!ok)
            *e = readError;
        return ok;
    };
    Database db;
    if (!db.open(target, fill, Database::Creation::Only)) {
        if (control && control->isCanceled())
            return WriteResult::failure(tr("Cancelled; nothing was created."));
        return WriteResult::failure(readError.isEmpty() ? db.error()
                                                        : tr("%1: %2").arg(shown, readError));
    }
    if (summary)
        *summary = restored;
    return WriteResult::success();
}
