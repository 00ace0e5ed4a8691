#include "preferencesstate.h"

#include "profilerepository.h"
#include "settingsrepository.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
bool sameProfile(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.headline == b.headline && a.email == b.email && a.phone == b.phone
        && a.website == b.website && a.location == b.location && a.summary == b.summary
        && a.currentSalary == b.currentSalary && a.currency == b.currency
        && a.targetRole == b.targetRole;
}
} // namespace

std::optional<PreferencesState> PreferencesState::read(QSqlDatabase db, QString *error)
{
    PreferencesState state;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM settings"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        state.settings.insert(q.value(0).toString(), q.value(1).toString());
    const std::optional<Profile> profile = ProfileRepository(db).load(error);
    if (!profile)
        return std::nullopt;
    state.profile = *profile;
    return state;
}

bool PreferencesState::operator==(const PreferencesState &other) const
{
    return settings == other.settings && sameProfile(profile, other.profile);
}

WriteResult PreferencesState::writeOver(QSqlDatabase db, const PreferencesState &from) const
{
    Transaction tx(db);
    if (!tx.isActive())
        return WriteResult::failure(db.lastError().text());
    SettingsRepository repo(db);
    QString why;
    for (auto it = from.settings.cbegin(); it != from.settings.cend(); ++it) {
        if (!settings.contains(it.key()) && !repo.remove(it.key(), &why))
            return WriteResult::failure(why);
    }
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (from.settings.value(it.key()) == it.value() && from.settings.contains(it.key()))
            continue;
        if (!repo.setValue(it.key(), it.value(), &why))
            return WriteResult::failure(why);
    }
    if (!sameProfile(profile, from.profile) && !ProfileRepository(db).save(profile, &why))
        return WriteResult::failure(why);
    if (!tx.commit())
        return WriteResult::failure(db.lastError().text());
    return WriteResult::success();
}
