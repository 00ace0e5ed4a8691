#include "workhistoryrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using SqlHelpers::dateValue;
using SqlHelpers::textValue;
using SqlHelpers::toDate;

namespace {

const QString Columns = u"id, employer, position, location, url, started_on, ended_on, summary, "
                        "highlights, sort_order"_s;

WorkEntry readRow(const QSqlQuery &q)
{
    WorkEntry e;
    e.id = q.value(0).toLongLong();
    e.employer = q.value(1).toString();
    e.position = q.value(2).toString();
    e.location = q.value(3).toString();
    e.url = q.value(4).toString();
    e.startedOn = toDate(q.value(5));
    e.endedOn = toDate(q.value(6));
    e.summary = q.value(7).toString();
    const QString highlights = q.value(8).toString();
    e.highlights = highlights.isEmpty() ? QStringList() : highlights.split(u'\n');
    e.sortOrder = q.value(9).toInt();
    return e;
}

void bindRow(QSqlQuery &q, const WorkEntry &e)
{
    q.bindValue(u":id"_s, e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(u":employer"_s, textValue(e.employer));
    q.bindValue(u":position"_s, textValue(e.position));
    q.bindValue(u":location"_s, textValue(e.location));
    q.bindValue(u":url"_s, textValue(e.url));
    q.bindValue(u":started"_s, dateValue(e.startedOn));
    q.bindValue(u":ended"_s, dateValue(e.endedOn));
    q.bindValue(u":summary"_s, textValue(e.summary));
    q.bindValue(u":highlights"_s, textValue(e.highlights.join(u'\n')));
    q.bindValue(u":sort"_s, e.sortOrder);
}

const QString InsertSql
    = u"INSERT INTO work_history (id, employer, position, location, url, started_on, ended_on, "
      "summary, highlights, sort_order) VALUES (:id, :employer, :position, :location, :url, "
      ":started, :ended, :summary, :highlights, :sort)"_s;

} // namespace

WorkHistoryRepository::WorkHistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<WorkEntry>> WorkHistoryRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + Columns + u" FROM work_history ORDER BY sort_order, id"_s)) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QList<WorkEntry> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<WorkEntry> WorkHistoryRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns + u" FROM work_history WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

WriteResult WorkHistoryRepository::insert(const WorkEntry &e)
{
    QList<qint64> ids;
    const WriteResult r = insertBatch({e}, &ids);
    return r.ok() ? WriteResult::success(ids.value(0)) : r;
}

WriteResult WorkHistoryRepository::insertBatch(const QList<WorkEntry> &entries, QList<qint64> *ids)
{
    QSqlQuery q(m_db);
    if (!q.prepare(InsertSql))
        return WriteResult::failure(q.lastError().text());
    for (const WorkEntry &e : entries) {
        bindRow(q, e);
        if (!q.exec())
            return WriteResult::failure(
                QCoreApplication::translate("WorkHistoryRepository", "%1: %2")
                    .arg(e.employer, q.lastError().text()));
        if (ids)
            ids->append(q.lastInsertId().toLongLong());
    }
    return WriteResult::success();
}

WriteResult WorkHistoryRepository::update(const WorkEntry &e)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE work_history SET employer = :employer, position = :position, "
              "location = :location, url = :url, started_on = :started, ended_on = :ended, "
              "summary = :summary, highlights = :highlights, sort_order = :sort WHERE id = :id"_s);
    bindRow(q, e);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(
            QCoreApplication::translate("WorkHistoryRepository", "The entry no longer exists."));
    return WriteResult::success(e.id);
}

WriteResult WorkHistoryRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM work_history WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    return WriteResult::success();
}
