#include "educationrepository.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;
using SqlHelpers::dateValue;
using SqlHelpers::textValue;
using SqlHelpers::toDate;

namespace {

// The messages EntryTable translates in this repository's context (for lupdate).
[[maybe_unused]] const char *const Messages[]
    = {QT_TRANSLATE_NOOP("EducationRepository", "%1: %2"),
       QT_TRANSLATE_NOOP("EducationRepository", "The entry no longer exists.")};

EntryTable<EducationEntry>::Schema schema()
{
    EntryTable<EducationEntry>::Schema s;
    s.table = u"education"_s;
    s.columns = {u"institution"_s, u"area"_s,     u"study_type"_s, u"url"_s,
                 u"started_on"_s,  u"ended_on"_s, u"score"_s,      u"courses"_s};
    s.read = [](const QSqlQuery &q, EducationEntry &e) {
        e.institution = q.value(1).toString();
        e.area = q.value(2).toString();
        e.studyType = q.value(3).toString();
        e.url = q.value(4).toString();
        e.startedOn = toDate(q.value(5));
        e.endedOn = toDate(q.value(6));
        e.score = q.value(7).toString();
        const QString courses = q.value(8).toString();
        e.courses = courses.isEmpty() ? QStringList() : courses.split(u'\n');
    };
    s.values = [](const EducationEntry &e) {
        return QVariantList {textValue(e.institution), textValue(e.area),
                             textValue(e.studyType),   textValue(e.url),
                             dateValue(e.startedOn),   dateValue(e.endedOn),
                             textValue(e.score),       textValue(e.courses.join(u'\n'))};
    };
    s.name = [](const EducationEntry &e) {
        return e.institution;
    };
    s.context = "EducationRepository";
    return s;
}

} // namespace

EducationRepository::EducationRepository(QSqlDatabase db)
    : EntryTable(std::move(db), schema())
{ }
