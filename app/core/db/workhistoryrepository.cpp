#include "workhistoryrepository.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;
using SqlHelpers::dateValue;
using SqlHelpers::textValue;
using SqlHelpers::toDate;

namespace {

// The messages EntryTable translates in this repository's context (for lupdate).
[[maybe_unused]] const char *const Messages[]
    = {QT_TRANSLATE_NOOP("WorkHistoryRepository", "%1: %2"),
       QT_TRANSLATE_NOOP("WorkHistoryRepository", "The entry no longer exists.")};

EntryTable<WorkEntry>::Schema schema()
{
    EntryTable<WorkEntry>::Schema s;
    s.table = u"work_history"_s;
    s.columns = {u"employer"_s,   u"position"_s, u"location"_s, u"url"_s,
                 u"started_on"_s, u"ended_on"_s, u"summary"_s,  u"highlights"_s};
    s.read = [](const QSqlQuery &q, WorkEntry &e) {
        e.employer = q.value(1).toString();
        e.position = q.value(2).toString();
        e.location = q.value(3).toString();
        e.url = q.value(4).toString();
        e.startedOn = toDate(q.value(5));
        e.endedOn = toDate(q.value(6));
        e.summary = q.value(7).toString();
        const QString highlights = q.value(8).toString();
        e.highlights = highlights.isEmpty() ? QStringList() : highlights.split(u'\n');
    };
    s.values = [](const WorkEntry &e) {
        return QVariantList {textValue(e.employer),  textValue(e.position),
                             textValue(e.location),  textValue(e.url),
                             dateValue(e.startedOn), dateValue(e.endedOn),
                             textValue(e.summary),   textValue(e.highlights.join(u'\n'))};
    };
    s.name = [](const WorkEntry &e) {
        return e.employer;
    };
    s.context = "WorkHistoryRepository";
    return s;
}

} // namespace

WorkHistoryRepository::WorkHistoryRepository(QSqlDatabase db)
    : EntryTable(std::move(db), schema())
{ }
