#pragma once

#include "common/areastore.h"
#include "domain/educationentry.h"
#include "domain/languageentry.h"
#include "domain/postaladdress.h"
#include "domain/profile.h"
#include "domain/profilelink.h"
#include "domain/workentry.h"

#include <QList>

#include <optional>

// The resume material's store (the Profile page): the profile, its links, the work history,
// education and languages. Each write is one transaction (AreaStore::write), called by the
// undo commands only; the editors re-read what partChanged() names.
class ResumeStore : public AreaStore
{
    Q_OBJECT
public:
    enum class Part { Profile, Links, Work, Education, Languages };
    Q_ENUM(Part)

    explicit ResumeStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // Reads; nullopt (and failed()) when the workbench cannot be read.
    std::optional<Profile> profile();
    std::optional<PostalAddress> address();
    std::optional<QList<ProfileLink>> links();
    std::optional<QList<WorkEntry>> work();
    std::optional<QList<EducationEntry>> education();
    std::optional<QList<LanguageEntry>> languages();

    WriteResult setProfile(const Profile &p);
    // Writes the resume header of P (name, headline, email, phone, location, website,
    // summary) and keeps the rest of the stored profile (salary, currency, target role).
    WriteResult setContact(const Profile &p);
    // The postal address (JSON Resume basics.location); checked by ResumeValidator.
    WriteResult setAddress(const PostalAddress &address);
    // Replaces every link (their order is the list's).
    WriteResult setLinks(const QList<ProfileLink> &links);

    // add(): E.id != 0 restores that id (undo of a remove); the result carries the id.
    WriteResult addWork(const WorkEntry &e);
    WriteResult updateWork(const WorkEntry &e);
    WriteResult removeWork(qint64 id);
    // Stores each entry's sortOrder as its place in ENTRIES.
    WriteResult reorderWork(const QList<WorkEntry> &entries);

    WriteResult addEducation(const EducationEntry &e);
    WriteResult updateEducation(const EducationEntry &e);
    WriteResult removeEducation(qint64 id);
    WriteResult reorderEducation(const QList<EducationEntry> &entries);

    WriteResult addLanguage(const LanguageEntry &e);
    WriteResult updateLanguage(const LanguageEntry &e);
    WriteResult removeLanguage(qint64 id);
    WriteResult reorderLanguages(const QList<LanguageEntry> &entries);

signals:
    void partChanged(ResumeStore::Part part);

private:
    template<typename Repo, typename Entry>
    WriteResult add(Part part, const Entry &e, const QString &what);
    template<typename Repo, typename Entry>
    WriteResult update(Part part, const Entry &e, const QString &what);
    template<typename Repo>
    WriteResult remove(Part part, qint64 id, const QString &what);
    template<typename Repo, typename Entry>
    WriteResult reorder(Part part, QList<Entry> entries, const QString &what);
    template<typename Repo, typename Entry>
    std::optional<QList<Entry>> read();
    WriteResult announce(Part part, WriteResult result);
};
