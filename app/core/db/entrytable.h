#pragma once

#include "sqlhelpers.h"
#include "writeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

// The SQL a table of resume entries needs (work history, education): every row in resume
// order (sort_order, then id), one row, a batch insert with one prepared statement, an update
// and a delete. The table's repository says which columns an entry has (between id and
// sort_order), how a row reads into an entry and which values an entry writes. Writes run in
// the caller's transaction (a store's or an importer's).
template<typename Entry>
class EntryTable
{
public:
    struct Schema
    {
        QString table;
        QStringList columns; // the entry's own columns, between id and sort_order
        // Reads columns 1..columns.size() of Q (column 0 is the id) into E.
        std::function<void(const QSqlQuery &q, Entry &e)> read;
        // The values of the entry's own columns, in their order.
        std::function<QVariantList(const Entry &e)> values;
        // The entry's name, for a message that says which one failed.
        std::function<QString(const Entry &e)> name;
        const char *context = nullptr; // the repository's translation context
    };

    EntryTable(QSqlDatabase db, Schema schema)
        : m_db(std::move(db))
        , m_schema(std::move(schema))
    { }

    // nullopt (with *ERROR) when the table cannot be read.
    std::optional<QList<Entry>> all(QString *error) const
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(select() + QStringLiteral(" ORDER BY sort_order, id"))) {
            SqlHelpers::failWith(q, error);
            return std::nullopt;
        }
        QList<Entry> out;
        while (q.next())
            out.append(readRow(q));
        return out;
    }

    std::optional<Entry> find(qint64 id, QString *error) const
    {
        QSqlQuery q(m_db);
        q.prepare(select() + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            SqlHelpers::failWith(q, error);
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        return readRow(q);
    }

    // E.id != 0 restores that id (undo of a delete). The result carries the id.
    WriteResult insert(const Entry &e)
    {
        QList<qint64> ids;
        const WriteResult r = insertBatch({e}, &ids);
        return r.ok() ? WriteResult::success(ids.value(0)) : r;
    }

    // Inserts every entry with one prepared statement; the ids in order in *IDS.
    WriteResult insertBatch(const QList<Entry> &entries, QList<qint64> *ids = nullptr)
    {
        QStringList marks;
        for (int i = 0; i < m_schema.columns.size() + 2; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO %1 (id, %2, sort_order) VALUES (%3)")
                           .arg(m_schema.table, m_schema.columns.join(QStringLiteral(", ")),
                                marks.join(QStringLiteral(", ")))))
            return WriteResult::failure(q.lastError().text());
        for (const Entry &e : entries) {
            q.addBindValue(e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
            for (const QVariant &v : m_schema.values(e))
                q.addBindValue(v);
            q.addBindValue(e.sortOrder);
            if (!q.exec())
                return WriteResult::failure(QCoreApplication::translate(m_schema.context, "%1: %2")
                                                .arg(m_schema.name(e), q.lastError().text()));
            if (ids)
                ids->append(q.lastInsertId().toLongLong());
        }
        return WriteResult::success();
    }

    WriteResult update(const Entry &e)
    {
        QStringList sets;
        for (const QString &c : m_schema.columns)
            sets << c + QStringLiteral(" = ?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2, sort_order = ? WHERE id = ?")
                      .arg(m_schema.table, sets.join(QStringLiteral(", "))));
        for (const QVariant &v : m_schema.values(e))
            q.addBindValue(v);
        q.addBindValue(e.sortOrder);
        q.addBindValue(e.id);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
        if (q.numRowsAffected() != 1)
            return WriteResult::failure(
                QCoreApplication::translate(m_schema.context, "The entry no longer exists."));
        return WriteResult::success(e.id);
    }

    WriteResult remove(qint64 id)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_schema.table));
        q.addBindValue(id);
        if (!q.exec())
            return WriteResult::failure(q.lastError().text());
        return WriteResult::success();
    }

private:
    QString select() const
    {
        return QStringLiteral("SELECT id, %1, sort_order FROM %2")
            .arg(m_schema.columns.join(QStringLiteral(", ")), m_schema.table);
    }

    Entry readRow(const QSqlQuery &q) const
    {
        Entry e;
        e.id = q.value(0).toLongLong();
        m_schema.read(q, e);
        e.sortOrder = q.value(int(m_schema.columns.size()) + 1).toInt();
        return e;
    }

    QSqlDatabase m_db;
    Schema m_schema;
};
