#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

// Loads the app's and Qt's translations for the system locale or the user's choice
// (View > Language, kept in QSettings).
class Languages
{
public:
    struct Language
    {
        QString code; // "" = follow the system
        QString nativeName; // as shown in the menu
    };

    static QList<Language> available();
    static QString preferred(); // "" when following the system
    static void setPreferred(const QString &code);
    // The locale used for translations, numbers, money and dates.
    static QLocale effectiveLocale();
    // Installs translators on APP for effectiveLocale(); also sets QLocale::setDefault.
    static void install(QCoreApplication *app);
};
