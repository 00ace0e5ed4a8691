#include "resumestore.h"

#include "db/educationrepository.h"
#include "db/languagerepository.h"
#include "db/profilerepository.h"
#include "db/resumedetailsrepository.h"
#include "db/workhistoryrepository.h"
#include "domain/profilevalidator.h"
#include "domain/resumevalidator.h"

ResumeStore::ResumeStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
{ }

WriteResult ResumeStore::announce(Part part, WriteResult result)
{
    if (result.ok())
        emit partChanged(part);
    return result;
}

std::optional<Profile> ResumeStore::profile()
{
    QString error;
    std::optional<Profile> p = ProfileRepository(connection()).load(&error);
    if (!p)
        reportFailure(tr("The profile cannot be read: %1").arg(error));
    return p;
}

std::optional<QList<ProfileLink>> ResumeStore::links()
{
    QString error;
    auto links = ProfileRepository(connection()).links(&error);
    if (!links)
        reportFailure(tr("The profile links cannot be read: %1").arg(error));
    return links;
}

template<typename Repo, typename Entry>
std::optional<QList<Entry>> ResumeStore::read()
{
    QString error;
    auto entries = Repo(connection()).all(&error);
    if (!entries)
        reportFailure(tr("The resume cannot be read: %1").arg(error));
    return entries;
}

std::optional<QList<WorkEntry>> ResumeStore::work()
{
    return read<WorkHistoryRepository, WorkEntry>();
}

std::optional<QList<EducationEntry>> ResumeStore::education()
{
    return read<EducationRepository, EducationEntry>();
}

std::optional<QList<LanguageEntry>> ResumeStore::languages()
{
    return read<LanguageRepository, LanguageEntry>();
}

WriteResult ResumeStore::setProfile(const Profile &p)
{
    return announce(
        Part::Profile, write(ChangeNotifier::Profile, tr("The profile could not be saved"), [&] {
            const Problems problems = ProfileValidator::validate(p);
            if (!problems.ok())
                return WriteResult::failure(problems.text());
            QString error;
            return WriteResult::check(ProfileRepository(connection()).save(p, &error), error);
        }));
}

std::optional<PostalAddress> ResumeStore::address()
{
    QString error;
    const auto a = ResumeDetailsRepository(connection()).address(&error);
    if (!a)
        reportFailure(tr("The postal address cannot be read: %1").arg(error));
    return a;
}

WriteResult ResumeStore::setAddress(const PostalAddress &a)
{
    return announce(
        Part::Profile,
        write(ChangeNotifier::Profile, tr("The postal address could not be saved"), [&] {
            const Problems problems = ResumeValidator::validate(a);
            if (!problems.ok())
                return WriteResult::failure(problems.text());
            return ResumeDetailsRepository(connection()).setAddress(a);
        }));
}

WriteResult ResumeStore::setContact(const Profile &p)
{
    return announce(Part::Profile,
                    write(ChangeNotifier::Profile, tr("The profile could not be saved"), [&] {
                        ProfileRepository repo(connection());
                        QString error;
                        const std::optional<Profile> read = repo.load(&error);
                        if (!read)
                            return WriteResult::failure(error);
                        Profile stored = *read;
                        stored.name = p.name;
                        stored.headline = p.headline;
                        stored.email = p.email;
                        stored.phone = p.phone;
                        stored.location = p.location;
                        stored.website = p.website;
                        stored.summary = p.summary;
                        const Problems problems = ProfileValidator::validate(stored);
                        if (!problems.ok())
                            return WriteResult::failure(problems.text());
                        return WriteResult::check(repo.save(stored, &error), error);
                    }));
}

WriteResult ResumeStore::setLinks(const QList<ProfileLink> &links)
{
    return announce(Part::Links,
                    write(ChangeNotifier::Resume, tr("The links could not be saved"),
                          [&] { return ProfileRepository(connection()).setLinks(links); }));
}

template<typename Repo, typename Entry>
WriteResult ResumeStore::add(Part part, const Entry &e, const QString &what)
{
    return announce(part, write(ChangeNotifier::Resume, what, [&] {
                        const Problems problems = ResumeValidator::validate(e);
                        if (!problems.ok())
                            return WriteResult::failure(problems.text());
                        return Repo(connection()).insert(e);
                    }));
}

template<typename Repo, typename Entry>
WriteResult ResumeStore::update(Part part, const Entry &e, const QString &what)
{
    return announce(part, write(ChangeNotifier::Resume, what, [&] {
                        const Problems problems = ResumeValidator::validate(e);
                        if (!problems.ok())
                            return WriteResult::failure(problems.text());
                        return Repo(connection()).update(e);
                    }));
}

template<typename Repo>
WriteResult ResumeStore::remove(Part part, qint64 id, const QString &what)
{
    return announce(
        part, write(ChangeNotifier::Resume, what, [&] { return Repo(connection()).remove(id); }));
}

template<typename Repo, typename Entry>
WriteResult ResumeStore::reorder(Part part, QList<Entry> entries, const QString &what)
{
    return announce(part, write(ChangeNotifier::Resume, what, [&] {
                        Repo repo(connection());
                        for (int i = 0; i < entries.size(); ++i) {
                            entries[i].sortOrder = i;
                            if (WriteResult r = repo.update(entries[i]); !r.ok())
                                return r;
                        }
                        return WriteResult::success();
                    }));
}

WriteResult ResumeStore::addWork(const WorkEntry &e)
{
    return add<WorkHistoryRepository>(Part::Work, e, tr("The job could not be added"));
}

WriteResult ResumeStore::updateWork(const WorkEntry &e)
{
    return update<WorkHistoryRepository>(Part::Work, e, tr("The job could not be saved"));
}

WriteResult ResumeStore::removeWork(qint64 id)
{
    return remove<WorkHistoryRepository>(Part::Work, id, tr("The job could not be removed"));
}

WriteResult ResumeStore::reorderWork(const QList<WorkEntry> &entries)
{
    return reorder<WorkHistoryRepository>(Part::Work, entries,
                                          tr("The work history could not be reordered"));
}

WriteResult ResumeStore::addEducation(const EducationEntry &e)
{
    return add<EducationRepository>(Part::Education, e, tr("The education could not be added"));
}

WriteResult ResumeStore::updateEducation(const EducationEntry &e)
{
    return update<EducationRepository>(Part::Education, e, tr("The education could not be saved"));
}

WriteResult ResumeStore::removeEducation(qint64 id)
{
    return remove<EducationRepository>(Part::Education, id,
                                       tr("The education could not be removed"));
}

WriteResult ResumeStore::reorderEducation(const QList<EducationEntry> &entries)
{
    return reorder<EducationRepository>(Part::Education, entries,
                                        tr("The education could not be reordered"));
}

WriteResult ResumeStore::addLanguage(const LanguageEntry &e)
{
    return add<LanguageRepository>(Part::Languages, e, tr("The language could not be added"));
}

WriteResult ResumeStore::updateLanguage(const LanguageEntry &e)
{
    return update<LanguageRepository>(Part::Languages, e, tr("The language could not be saved"));
}

WriteResult ResumeStore::removeLanguage(qint64 id)
{
    return remove<LanguageRepository>(Part::Languages, id, tr("The language could not be removed"));
}

WriteResult ResumeStore::reorderLanguages(const QList<LanguageEntry> &entries)
{
    return reorder<LanguageRepository>(Part::Languages, entries,
                                       tr("The languages could not be reordered"));
}
