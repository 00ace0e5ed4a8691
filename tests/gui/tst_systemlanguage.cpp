#include "common/languages.h"
#include "domain/roadmaptemplate.h"
#include "io/roadmaptemplatejson.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// With View > Language left at "System Language", a Spanish desktop gets the app in Spanish:
// the interface, the plural forms, the locale for numbers and dates, and the built-in roadmap
// of a new workbench (issue 13, item 5). The locale is set in main() below, before the
// application reads it, as a Spanish session sets it; ctest's C.UTF-8 is overridden.
class TestSystemLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void spanishSystemLocaleGetsSpanish();

private:
    QTemporaryDir m_dir;
};

void TestSystemLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_systemlanguage"_s);
    QCOMPARE(QLocale::system().language(), QLocale::Spanish);
}

void TestSystemLanguage::spanishSystemLocaleGetsSpanish()
{
    Languages::setPreferred(QString()); // "System Language"
    Languages::install(QCoreApplication::instance());
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().territory(), QLocale::Mexico);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Edit"), u"&Editar"_s);
    QCOMPARE(QCoreApplication::translate("DashboardPage", "%n stage(s)", nullptr, 3),
             u"3 etapas"_s);
    const RoadmapTemplate roadmap = RoadmapTemplateJson::builtIn();
    QVERIFY(!roadmap.stages.isEmpty());
    QCOMPARE(roadmap.stages.first().name, u"Fundamentos"_s);
}

int main(int argc, char **argv)
{
    qputenv("LC_ALL", "es_MX.UTF-8");
    qputenv("LANGUAGE", "es_MX:es");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestSystemLanguage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemlanguage.moc"
