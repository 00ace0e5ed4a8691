#pragma once

#include "domain/profile.h"
#include "domain/profilelink.h"
#include "writeresult.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The profile (one row, id 1) and its links. Writes run in the caller's transaction when
// there is one.
class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    // nullopt (with *ERROR) when the profile cannot be read; a workbench without a profile row
    // reads as the default Profile.
    std::optional<Profile> load(QString *error) const;
    // Saves every field; empty text is stored as "" (never NULL), so a default-constructed
    // Profile saves.
    [[nodiscard]] bool save(const Profile &profile, QString *error);
    // Sets when the profile was last changed (save() sets the clock's time): for writers whose
    // rows must not depend on the clock, such as the demo.
    [[nodiscard]] WriteResult setUpdatedAt(const QDateTime &at);

    // The links in their order; nullopt (with *ERROR) when they cannot be read.
    std::optional<QList<ProfileLink>> links(QString *error) const;
    // Replaces all links with LINKS (their positions are their order); one prepared insert.
    [[nodiscard]] WriteResult setLinks(const QList<ProfileLink> &links);

private:
    QSqlDatabase m_db;
};
