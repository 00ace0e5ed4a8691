#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

static const auto Key = "language"_L1;

QList<Languages::Language> Languages::available()
{
    return {
        {QString(), QCoreApplication::translate("Languages", "System Language")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"es"_s, u"Español"_s},
    };
}

QString Languages::preferred()
{
    return QSettings().value(Key).toString();
}

void Languages::setPreferred(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(Key);
    else
        QSettings().setValue(Key, code);
}

QLocale Languages::effectiveLocale()
{
    const QString code = preferred();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Languages::install(QCoreApplication *app)
{
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale);
    // English first, as the base: it carries the plural forms ("1 skill", "2 skills") that the
    // source text cannot, and it must apply under any locale without a translation of its own
    // (C, POSIX, en_AU ...). A translation for the locale is installed after it, so it wins.
    auto *english = new QTranslator(app);
    if (english->load(u"career-workbench_en"_s, u":/i18n"_s))
        app->installTranslator(english);
    else
        delete english;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *own = new QTranslator(app);
        if (own->load(locale, u"career-workbench"_s, u"_"_s, u":/i18n"_s))
            app->installTranslator(own);
        else
            delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
}
