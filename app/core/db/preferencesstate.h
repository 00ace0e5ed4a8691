#pragma once

#include "domain/profile.h"
#include "writeresult.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What Edit > Preferences can change in a workbench: the document's settings (study budget,
// ROI assumptions, target score ...) and the profile. Read before and after the dialog's save,
// the two states make its undo: writing one over the other changes only what differs.
struct PreferencesState
{
    QMap<QString, QString> settings; // key -> value, as the settings table holds them
    Profile profile;

    // nullopt (with *ERROR) when the file cannot be read.
    static std::optional<PreferencesState> read(QSqlDatabase db, QString *error);

    bool operator==(const PreferencesState &other) const;
    bool operator!=(const PreferencesState &other) const { return !(*this == other); }

    // Makes the file, which holds FROM, hold this state: settings that differ are set or
    // removed, the profile is saved when it differs. One transaction: all of it or nothing.
    WriteResult writeOver(QSqlDatabase db, const PreferencesState &from) const;
};
