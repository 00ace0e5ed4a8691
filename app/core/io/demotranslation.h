#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

// The demo persona (resources/seed/demo.json) is data, so its translations are data too, as the
// roadmap's are: resources/seed/demo.<language>.json ("format": "career-workbench-demo-
// translation") maps every visible English text of the persona, and every text the demo writer
// makes up (study notes, application sources: DemoWriter::generatedTexts), to its translation.
// Names of people, companies and products, e-mail addresses and URLs are not visible texts here
// and stay as they are. A demo
// workbench is written in the language of the user interface; adding a language needs no code.
class DemoTranslation
{
public:
    static constexpr int FormatVersion = 1;

    // Reads a translation file; on failure returns false, says why in *ERROR and keeps nothing.
    bool load(const QByteArray &json, QString *error);
    bool isEmpty() const { return m_texts.isEmpty(); }
    // The translation of ENGLISH, or ENGLISH itself when there is none.
    QString text(const QString &english) const { return m_texts.value(english, english); }
    const QHash<QString, QString> &texts() const { return m_texts; }
    // PERSONA with each of its visible texts translated.
    QJsonObject apply(const QJsonObject &persona) const;

    // The visible texts of PERSONA in file order, each once, empty ones left out.
    static QStringList visibleTexts(const QJsonObject &persona);
    // Where the persona keeps them: "profile/headline", "work/*/highlights/*" ("*" is every
    // element of a list).
    static QStringList visiblePaths();

    // Languages the demo comes in ("en" first, then each translation file).
    static QStringList builtInLanguages();
    // The resource holding the translation for LANGUAGE ("es"), whether or not it exists.
    static QString resourceFor(const QString &language);
    // The built-in translation for LOCALE's language; empty (English) for English, C and any
    // language without one, and, with a warning, when the file cannot be used.
    static DemoTranslation builtIn(const QLocale &locale = QLocale());

private:
    QHash<QString, QString> m_texts;
};
