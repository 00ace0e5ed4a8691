#include "common/languages.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The app's translations as the user meets them: plural forms in English under any locale,
// German or Spanish when chosen. (The system locale picking Spanish: tst_systemlanguage.)
class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void englishPluralsApplyUnderTheCLocale();
    void germanWhenChosen();
    void spanishIsOffered();
    void spanishWhenChosen();

private:
    void removeTranslators();
    QTemporaryDir m_dir;
};

void TestLanguages::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_languages"_s);
}

void TestLanguages::removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestLanguages::cleanup()
{
    removeTranslators();
    Languages::setPreferred(QString());
}

void TestLanguages::englishPluralsApplyUnderTheCLocale()
{
    Languages::setPreferred(QString());
    QLocale::setDefault(QLocale::c());
    Languages::install(QCoreApplication::instance());
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 1), u"1 skill"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 3),
             u"3 skills"_s);
    // Without a plural form, English falls back to the source text.
    QCOMPARE(QCoreApplication::translate("MainWindow", "Skills"), u"Skills"_s);
}

void TestLanguages::germanWhenChosen()
{
    Languages::setPreferred(u"de"_s);
    Languages::install(QCoreApplication::instance());
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Skills"), u"Fähigkeiten"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 1),
             u"1 Fähigkeit"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 2),
             u"2 Fähigkeiten"_s);
}

// View > Language lists every shipped language by its own name.
void TestLanguages::spanishIsOffered()
{
    QStringList offered;
    for (const Languages::Language &l : Languages::available())
        offered << l.code + u'=' + l.nativeName;
    QVERIFY2(offered.contains(u"es=Español"_s), qPrintable(offered.join(u", "_s)));
}

void TestLanguages::spanishWhenChosen()
{
    Languages::setPreferred(u"es"_s);
    Languages::install(QCoreApplication::instance());
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Skills"), u"Habilidades"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Archivo"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 1),
             u"1 habilidad"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n skill(s)", nullptr, 2),
             u"2 habilidades"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
