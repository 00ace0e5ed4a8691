#pragma once

#include "domain/workentry.h"
#include "entrytable.h"

#include <QSqlDatabase>

// The work history, in resume order (sort_order, then id). Writes run in the caller's
// transaction (a store's or an importer's); insertBatch() prepares its statement once.
// all(), find(), insert(), insertBatch(), update() and remove() are EntryTable's, shared
// with the other resume lists.
class WorkHistoryRepository : public EntryTable<WorkEntry>
{
public:
    explicit WorkHistoryRepository(QSqlDatabase db);
};
