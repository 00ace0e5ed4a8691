#include "jsonresumeimport.h"
#include "jsonresumematch.h"

#include "db/educationrepository.h"
#include "db/languagerepository.h"
#include "db/profilerepository.h"
#include "db/resumedetailsrepository.h"
#include "db/transaction.h"
#include "db/workhistoryrepository.h"
#include "domain/profilevalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using Dated = ResumeDetailsRepository::Dated;
using JsonResumeMatch::key;
using JsonResumeMatch::pick;

namespace {

// How one dated list of the resume (work, education) is merged by mergeDated(): its section,
// the field that names an entry (and the message when it is empty), the message for an end
// before the start, how a stored entry is recognised, filled and named for the user. The url
// and the dates are filled by mergeDated().
template<typename In, typename EntryType>
struct DatedList
{
    using Entry = EntryType;
    QString section;
    Dated kind;
    QString titleField;
    QString titleMissing;
    QString endsTooEarly;
    std::function<QString(const In &)> title;
    std::function<bool(const Entry &, const In &)> matches;
    std::function<void(Entry &, const In &)> fill;
    std::function<QString(const In &)> name;
};

} // namespace

int JsonResumeImport::Summary::count(Change change) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [change](const Item &i) { return i.change == change; }));
}

JsonResumeImport::JsonResumeImport(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<JsonResume> JsonResumeImport::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > JsonResume::MaxFileBytes) {
        if (error)
            *error = tr("%1 is larger than %2 MB: not a resume.")
                         .arg(path)
                         .arg(JsonResume::MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    JsonResume::Error parseError;
    auto resume = JsonResume::parse(file.readAll(), &parseError);
    if (!resume && error)
        *error = tr("%1: %2").arg(path, parseError.text());
    return resume;
}

WriteResult JsonResumeImport::importFile(const QString &path, Summary *summary)
{
    QString error;
    const auto resume = readFile(path, &error);
    if (!resume)
        return WriteResult::failure(error);
    return apply(*resume, summary);
}

WriteResult JsonResumeImport::preview(const JsonResume &resume, Summary *summary)
{
    return run(resume, false, summary);
}

WriteResult JsonResumeImport::apply(const JsonResume &resume, Summary *summary)
{
    return run(resume, true, summary);
}

WriteResult JsonResumeImport::run(const JsonResume &resume, bool write, Summary *summary)
{
    m_write = write;
    m_summary = Summary {};
    m_summary.notes = resume.notes;
    for (QString &note : m_summary.notes)
        note = tr("Not kept: %1").arg(note);
    m_problems.clear();
    m_writeError.clear();
    m_skillIds.clear();
    m_stageId = m_categoryId = 0;

    std::optional<Transaction> transaction;
    if (write) {
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return WriteResult::failure(
                tr("The workbench cannot be written: %1").arg(m_db.lastError().text()));
    }
    // Each section runs even after another found a problem, so that one refusal lists all
    // problems; nothing is committed then.
    bool ok = basics(resume);
    ok = work(resume) && ok;
    ok = education(resume) && ok;
    ok = skills(resume) && ok;
    ok = projects(resume) && ok;
    ok = certificates(resume) && ok;
    ok = languages(resume) && ok;
    if (!m_writeError.isEmpty())
        return WriteResult::failure(m_writeError);
    if (!m_problems.isEmpty() || !ok) {
        static constexpr qsizetype Shown = 10;
        QStringList lines = m_problems.mid(0, Shown);
        if (m_problems.size() > Shown)
            lines << tr("... and %n more problem(s).", nullptr, int(m_problems.size() - Shown));
        return WriteResult::failure(tr("Nothing was imported:\n%1").arg(lines.join(u'\n')));
    }
    if (transaction && !transaction->commit())
        return WriteResult::failure(
            tr("The workbench cannot be written: %1").arg(m_db.lastError().text()));
    if (summary)
        *summary = m_summary;
    return WriteResult::success();
}

bool JsonResumeImport::fail(const QString &path, const QString &message)
{
    m_problems << tr("%1: %2").arg(path, message);
    return false;
}

bool JsonResumeImport::failWrite(const QString &message)
{
    if (m_writeError.isEmpty())
        m_writeError = tr("The workbench cannot be written: %1").arg(message);
    return false;
}

void JsonResumeImport::record(const QString &section, const QString &name, Change change)
{
    m_summary.items.append({section, name, change});
}

bool JsonResumeImport::basics(const JsonResume &resume)
{
    const JsonResume::Basics &b = resume.basics;
    ProfileRepository profiles(m_db);
    ResumeDetailsRepository details(m_db);
    QString error;
    const std::optional<Profile> stored = profiles.load(&error);
    const auto links = profiles.links(&error);
    const auto address = details.address(&error);
    if (!stored || !links || !address)
        return failWrite(error);
    Profile profile = *stored;

    const Profile before = profile;
    const QList<QPair<QString, QString *>> fields = {
        {u"name"_s, &profile.name},   {u"label"_s, &profile.headline},
        {u"email"_s, &profile.email}, {u"phone"_s, &profile.phone},
        {u"url"_s, &profile.website}, {u"summary"_s, &profile.summary},
    };
    for (const auto &[field, value] : fields) {
        if (!b.given.contains(field))
            continue;
        const Profile &in = b.profile;
        *value = field == "name"_L1 ? in.name
            : field == "label"_L1   ? in.headline
            : field == "email"_L1   ? in.email
            : field == "phone"_L1   ? in.phone
            : field == "url"_L1     ? in.website
                                    : in.summary;
    }
    PostalAddress newAddress = *address;
    // A workbench with only a location line exports it as the city: that is no new address.
    PostalAddress ownLine;
    ownLine.city = profile.location;
    if (b.hasLocation && !(address->isEmpty() && b.location == ownLine)) {
        newAddress = b.location;
        QStringList line;
        for (const QString &part : {newAddress.city, newAddress.region, newAddress.countryCode})
            if (!part.trimmed().isEmpty())
                line << part.trimmed();
        if (*address != newAddress || profile.location.isEmpty())
            profile.location = line.join(u", "_s);
    }
    const Problems problems = ProfileValidator::validate(profile);
    for (const FieldProblem &p : problems.list())
        fail(u"basics."_s + p.field, p.message);
    if (!problems.ok())
        return false;
    const bool changed = before.name != profile.name || before.headline != profile.headline
        || before.email != profile.email || before.phone != profile.phone
        || before.website != profile.website || before.summary != profile.summary
        || before.location != profile.location || *address != newAddress;
    if (!b.given.isEmpty() || b.hasLocation)
        record(u"basics"_s, profile.name, changed ? Change::Update : Change::Same);
    if (m_write && changed) {
        if (!profiles.save(profile, &error))
            return failWrite(error);
        if (const WriteResult r = details.setAddress(newAddress); !r)
            return failWrite(r.error());
    }

    QList<ProfileLink> merged = *links;
    QList<bool> taken(merged.size(), false);
    bool linksChanged = false;
    for (const ProfileLink &in : b.profiles) {
        const qsizetype i = pick(
            merged, taken, [&](const ProfileLink &l) { return key(l.network) == key(in.network); },
            [](const ProfileLink &) { return true; });
        if (i < 0) {
            merged.append(in);
            taken.append(true);
            linksChanged = true;
            record(u"profiles"_s, in.network, Change::Add);
            continue;
        }
        const bool same = merged[i].username == in.username && merged[i].url == in.url;
        merged[i].username = in.username;
        merged[i].url = in.url;
        linksChanged = linksChanged || !same;
        record(u"profiles"_s, in.network, same ? Change::Same : Change::Update);
    }
    m_summary.kept += int(std::count(taken.cbegin(), taken.cend(), false));
    if (m_write && linksChanged) {
        if (const WriteResult r = profiles.setLinks(merged); !r)
            return failWrite(r.error());
    }
    return true;
}

template<typename Repository, typename In, typename How>
bool JsonResumeImport::mergeDated(const QList<In> &list, const How &how)
{
    using Entry = typename How::Entry;
    Repository repository(m_db);
    ResumeDetailsRepository details(m_db);
    QString error;
    const auto existing = repository.all(&error);
    const auto precisions = details.precisions(how.kind, &error);
    if (!existing || !precisions)
        return failWrite(error);
    QList<bool> taken(existing->size(), false);
    bool ok = true;
    for (qsizetype n = 0; n < list.size(); ++n) {
        const In &in = list.at(n);
        const QString path = u"%1[%2]"_s.arg(how.section).arg(n);
        if (how.title(in).trimmed().isEmpty()) {
            ok = fail(path + u'.' + how.titleField, how.titleMissing);
            continue;
        }
        if (!in.startDate.isNull() && !in.endDate.isNull() && in.endDate.date < in.startDate.date) {
            ok = fail(path + u".endDate"_s, how.endsTooEarly);
            continue;
        }
        const qsizetype i = pick(
            *existing, taken, [&](const Entry &e) { return how.matches(e, in); },
            [&](const Entry &e) { return e.startedOn == in.startDate.date; });
        Entry entry = i >= 0 ? existing->at(i) : Entry {};
        const ResumeDetailsRepository::Precision before
            = i >= 0 ? precisions->value(entry.id) : ResumeDetailsRepository::Precision {};
        const Entry old = entry;
        entry.url = in.url;
        entry.startedOn = in.startDate.date;
        entry.endedOn = in.endDate.date;
        how.fill(entry, in);
        const ResumeDetailsRepository::Precision precision {in.startDate.precision,
                                                            in.endDate.precision};
        const bool same = i >= 0 && entry == old && before.start == precision.start
            && before.end == precision.end;
        record(how.section, how.name(in),
               i < 0      ? Change::Add
                   : same ? Change::Same
                          : Change::Update);
        if (!m_write || same || !ok)
            continue;
        if (i < 0)
            entry.sortOrder = int(existing->size() + n);
        const WriteResult r = i < 0 ? repository.insert(entry) : repository.update(entry);
        if (!r)
            return failWrite(r.error());
        const WriteResult p = details.setPrecision(how.kind, i < 0 ? r.id() : entry.id, precision);
        if (!p)
            return failWrite(p.error());
    }
    m_summary.kept += int(std::count(taken.cbegin(), taken.cend(), false));
    return ok;
}

bool JsonResumeImport::work(const JsonResume &resume)
{
    using In = JsonResume::Work;
    const DatedList<In, WorkEntry> how {
        u"work"_s,
        Dated::Work,
        u"name"_s,
        tr("the employer's name is missing"),
        tr("the job cannot end before it started"),
        [](const In &in) { return in.name; },
        [](const WorkEntry &e, const In &in) {
            return key(e.employer) == key(in.name) && key(e.position) == key(in.position);
        },
        [](WorkEntry &e, const In &in) {
            e.employer = in.name;
            e.position = in.position;
            e.location = in.location;
            e.summary = in.summary;
            e.highlights = in.highlights;
        },
        [](const In &in) {
            return in.position.isEmpty() ? in.name : tr("%1, %2").arg(in.position, in.name);
        },
    };
    return mergeDated<WorkHistoryRepository>(resume.work, how);
}

bool JsonResumeImport::education(const JsonResume &resume)
{
    using In = JsonResume::Education;
    const DatedList<In, EducationEntry> how {
        u"education"_s,
        Dated::Education,
        u"institution"_s,
        tr("the institution's name is missing"),
        tr("it cannot end before it started"),
        [](const In &in) { return in.institution; },
        [](const EducationEntry &e, const In &in) {
            return key(e.institution) == key(in.institution) && key(e.area) == key(in.area)
                && key(e.studyType) == key(in.studyType);
        },
        [](EducationEntry &e, const In &in) {
            e.institution = in.institution;
            e.area = in.area;
            e.studyType = in.studyType;
            e.score = in.score;
            e.courses = in.courses;
        },
        [](const In &in) {
            return in.area.isEmpty() ? in.institution : tr("%1, %2").arg(in.area, in.institution);
        },
    };
    return mergeDated<EducationRepository>(resume.education, how);
}

bool JsonResumeImport::languages(const JsonResume &resume)
{
    LanguageRepository repository(m_db);
    QString error;
    const auto existing = repository.all(&error);
    if (!existing)
        return failWrite(error);
    QList<LanguageEntry> merged = *existing;
    QList<bool> taken(merged.size(), false);
    QList<bool> changed(merged.size(), false);
    bool ok = true;
    for (qsizetype n = 0; n < resume.languages.size(); ++n) {
        const LanguageEntry &in = resume.languages.at(n);
        if (in.language.trimmed().isEmpty()) {
            ok = fail(u"languages[%1].language"_s.arg(n), tr("the language's name is missing"));
            continue;
        }
        const qsizetype i = pick(
            merged, taken,
            [&](const LanguageEntry &l) { return key(l.language) == key(in.language); },
            [](const LanguageEntry &) { return true; });
        if (i < 0) {
            LanguageEntry added = in;
            added.id = 0;
            added.sortOrder = merged.isEmpty() ? 0 : merged.constLast().sortOrder + 1;
            merged.append(added);
            taken.append(true);
            changed.append(true);
            record(u"languages"_s, in.language, Change::Add);
            continue;
        }
        const bool same = merged[i].fluency == in.fluency && merged[i].language == in.language;
        merged[i].language = in.language;
        merged[i].fluency = in.fluency;
        changed[i] = !same;
        record(u"languages"_s, in.language, same ? Change::Same : Change::Update);
    }
    m_summary.kept += int(std::count(taken.cbegin(), taken.cend(), false));
    if (!m_write || !ok)
        return ok;
    // Existing languages keep their ids and places; new ones go after them.
    for (qsizetype i = 0; i < merged.size(); ++i) {
        if (!changed.at(i))
            continue;
        const LanguageEntry &l = merged.at(i);
        const WriteResult r = l.id == 0 ? repository.insert(l) : repository.update(l);
        if (!r)
            return failWrite(r.error());
    }
    return ok;
}
