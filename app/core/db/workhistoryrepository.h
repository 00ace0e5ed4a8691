#pragma once

#include "domain/workentry.h"
#include "entrytable.h"
#include "writeresult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The work history, in resume order (sort_order, then id). Writes run in the caller's
// transaction (a store's or an importer's); insertBatch() prepares its statement once.
// The SQL is EntryTable's, shared with the other resume lists.
class WorkHistoryRepository
{
public:
    explicit WorkHistoryRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when the table cannot be read.
    std::optional<QList<WorkEntry>> all(QString *error = nullptr) const;
    std::optional<WorkEntry> find(qint64 id, QString *error = nullptr) const;
    // E.id != 0 restores that id (undo of a delete). The result carries the id.
    WriteResult insert(const WorkEntry &e);
    // Inserts every entry with one prepared statement; the ids in order in *IDS.
    WriteResult insertBatch(const QList<WorkEntry> &entries, QList<qint64> *ids = nullptr);
    WriteResult update(const WorkEntry &e);
    WriteResult remove(qint64 id);

private:
    EntryTable<WorkEntry> m_table;
};
