#include "common/optionaldateedit.h"
#include "db/educationrepository.h"
#include "db/languagerepository.h"
#include "db/profilerepository.h"
#include "db/reportrepository.h"
#include "db/resumedetailsrepository.h"
#include "db/workhistoryrepository.h"
#include "profile/plaintextfield.h"
#include "profile/profilepage.h"
#include "uiworkbenchfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The Profile page, driven as a user would: type into the fields (by objectName), leave them,
// add, remove and reorder entries, see problems beside the fields, undo every step. What the
// resume is made of is then read back from the workbench.
class TestProfilePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void contactFieldsAreSavedAndUndone();
    void badEmailIsShownBesideTheFieldAndNotSaved();
    void postalAddressIsShownEditedAndUndone();
    void workHistoryAddEditReorderRemove();
    void endBeforeStartIsRefused();
    void educationAndLanguagesReachTheResume();
    void linksAreValidated();

private:
    // The widget NAME, on its tab (made current, as a user would open it first).
    template<typename T>
    T *find(const QString &name)
    {
        T *w = m_page->findChild<T *>(name);
        if (!w) {
            qWarning("no widget %s", qPrintable(name));
            return nullptr;
        }
        auto *tabs = m_page->findChild<QTabWidget *>(u"profileTabs"_s);
        for (int i = 0; tabs && i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(w))
                tabs->setCurrentIndex(i);
        return w;
    }
    // Types TEXT into the line edit NAME (replacing what is there) and leaves it.
    void type(const QString &name, const QString &text);
    void typeMultiline(const QString &name, const QString &text);
    void click(const QString &name);

    UiWorkbenchFixture m_fx;
    std::unique_ptr<ProfilePage> m_page;
};

void TestProfilePage::init()
{
    QVERIFY(m_fx.open());
    m_page = std::make_unique<ProfilePage>(m_fx.context());
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->ensureLoaded();
}

void TestProfilePage::cleanup()
{
    m_page.reset();
    m_fx.close();
}

void TestProfilePage::type(const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // QTest types ASCII only; other text arrives as an input method would commit it.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

void TestProfilePage::typeMultiline(const QString &name, const QString &text)
{
    auto *edit = find<PlainTextField>(name);
    QVERIFY(edit);
    edit->setFocus();
    QCoreApplication::processEvents(); // the focus change
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines[i]);
    }
    edit->clearFocus(); // leaving the field ends the edit
}

void TestProfilePage::click(const QString &name)
{
    auto *button = find<QPushButton>(name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestProfilePage::contactFieldsAreSavedAndUndone()
{
    type(u"contactName"_s, u"Ana <b>Lima</b> & co"_s);
    type(u"contactHeadline"_s, u"ML engineer"_s);
    ProfileRepository repo(m_fx.database->connection());
    QCOMPARE(repo.load(nullptr).value().name, u"Ana <b>Lima</b> & co"_s);
    QCOMPARE(repo.load(nullptr).value().headline, u"ML engineer"_s);
    QCOMPARE(m_fx.undoStack->count(), 2);
    m_fx.undoStack->undo();
    QCOMPARE(repo.load(nullptr).value().headline, QString());
    QCOMPARE(find<QLineEdit>(u"contactHeadline"_s)->text(), QString());
    m_fx.undoStack->undo();
    QCOMPARE(repo.load(nullptr).value().name, QString());
    m_fx.undoStack->redo();
    QCOMPARE(find<QLineEdit>(u"contactName"_s)->text(), u"Ana <b>Lima</b> & co"_s);
}

void TestProfilePage::badEmailIsShownBesideTheFieldAndNotSaved()
{
    const QByteArray before = m_fx.rowHash();
    type(u"contactEmail"_s, u"not an address"_s);
    auto *error = find<QLabel>(u"contactEmailError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"not an email address"_s));
    QCOMPARE(m_fx.undoStack->count(), 0);
    QCOMPARE(m_fx.rowHash(), before);
    type(u"contactEmail"_s, u"ana@example.org"_s);
    QVERIFY(!error->isVisible());
    QCOMPARE(ProfileRepository(m_fx.database->connection()).load(nullptr).value().email,
             u"ana@example.org"_s);
}

void TestProfilePage::postalAddressIsShownEditedAndUndone()
{
    // What a JSON Resume import filled is on the page ...
    ResumeDetailsRepository details(m_fx.database->connection());
    QVERIFY(details.setAddress({u"Hauptstraße 5"_s, u"10115"_s, u"Berlin"_s, u"DE"_s, u"BE"_s}));
    m_page->reload();
    QCOMPARE(find<QLineEdit>(u"addressStreet"_s)->text(), u"Hauptstraße 5"_s);
    QCOMPARE(find<QLineEdit>(u"addressPostalCode"_s)->text(), u"10115"_s);
    QCOMPARE(find<QLineEdit>(u"addressCity"_s)->text(), u"Berlin"_s);
    QCOMPARE(find<QLineEdit>(u"addressRegion"_s)->text(), u"BE"_s);
    QCOMPARE(find<QLineEdit>(u"addressCountryCode"_s)->text(), u"DE"_s);

    // ... edited field by field, each an undoable step; markup is kept as written.
    type(u"addressCity"_s, u"<i>Potsdam</i>"_s);
    type(u"addressCountryCode"_s, u"at"_s);
    QCOMPARE(details.address(nullptr)->city, u"<i>Potsdam</i>"_s);
    QCOMPARE(details.address(nullptr)->countryCode, u"AT"_s);
    QCOMPARE(find<QLineEdit>(u"addressCountryCode"_s)->text(), u"AT"_s);
    QCOMPARE(m_fx.undoStack->count(), 2);

    // A country code that is not two letters is said beside the field and not saved.
    const QByteArray before = m_fx.rowHash();
    type(u"addressCountryCode"_s, u"Austria"_s);
    auto *error = find<QLabel>(u"addressCountryCodeError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"two letters"_s), qPrintable(error->text()));
    QCOMPARE(m_fx.undoStack->count(), 2);
    QCOMPARE(m_fx.rowHash(), before);

    m_fx.undoStack->undo();
    QCOMPARE(details.address(nullptr)->countryCode, u"DE"_s);
    QCOMPARE(find<QLineEdit>(u"addressCountryCode"_s)->text(), u"DE"_s);
    QVERIFY(!error->isVisible());
    m_fx.undoStack->undo();
    QCOMPARE(details.address(nullptr)->city, u"Berlin"_s);
    QCOMPARE(find<QLineEdit>(u"addressCity"_s)->text(), u"Berlin"_s);
}

void TestProfilePage::workHistoryAddEditReorderRemove()
{
    auto *list = find<QListWidget>(u"workList"_s);
    QVERIFY(list);
    int added = 0;
    for (const QString &employer : {u"Acme"_s, u"Globex"_s, u"Initech"_s}) {
        click(u"workAdd"_s);
        QCOMPARE(list->count(), ++added);
        QCOMPARE(list->currentRow(), added - 1);
        type(u"workEmployer"_s, employer);
    }
    type(u"workPosition"_s, u"Data analyst"_s);
    typeMultiline(u"workHighlights"_s, u"Cut report time by 90%\nBuilt the churn model"_s);
    WorkHistoryRepository repo(m_fx.database->connection());
    auto entries = repo.all(nullptr);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(2).employer, u"Initech"_s);
    QCOMPARE(entries->at(2).position, u"Data analyst"_s);
    QCOMPARE(entries->at(2).highlights,
             QStringList({u"Cut report time by 90%"_s, u"Built the churn model"_s}));
    QCOMPARE(list->item(2)->text(), u"Data analyst, Initech"_s);

    // Drag Initech to the top (the drop moves the list's row; the order is then written).
    QVERIFY(list->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QTRY_COMPARE(repo.all(nullptr)->at(0).employer, u"Initech"_s);
    QCOMPARE(repo.all(nullptr)->at(1).employer, u"Acme"_s);
    QCOMPARE(list->item(0)->text(), u"Data analyst, Initech"_s);
    // Move up / Move down by button.
    list->setCurrentRow(2);
    click(u"workUp"_s);
    QCOMPARE(repo.all(nullptr)->at(1).employer, u"Globex"_s);
    QCOMPARE(list->currentRow(), 1);
    m_fx.undoStack->undo();
    QCOMPARE(repo.all(nullptr)->at(1).employer, u"Acme"_s);
    m_fx.undoStack->undo();
    QCOMPARE(repo.all(nullptr)->at(0).employer, u"Acme"_s);

    list->setCurrentRow(0);
    click(u"workRemove"_s);
    QCOMPARE(repo.all(nullptr)->size(), 2);
    QCOMPARE(list->count(), 2);
    m_fx.undoStack->undo();
    QCOMPARE(repo.all(nullptr)->size(), 3);
    QCOMPARE(repo.all(nullptr)->at(0).employer, u"Acme"_s);
}

void TestProfilePage::endBeforeStartIsRefused()
{
    click(u"workAdd"_s);
    type(u"workEmployer"_s, u"Acme"_s);
    auto *started = find<OptionalDateEdit>(u"workStarted"_s);
    auto *ended = find<OptionalDateEdit>(u"workEnded"_s);
    started->setDate(QDate(2022, 5, 1));
    QCOMPARE(WorkHistoryRepository(m_fx.database->connection()).all(nullptr)->at(0).startedOn,
             QDate(2022, 5, 1));
    const QByteArray before = m_fx.rowHash();
    const int commands = m_fx.undoStack->count();
    ended->setDate(QDate(2021, 1, 1));
    auto *error = find<QLabel>(u"workEndedError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"before the start"_s));
    QCOMPARE(m_fx.rowHash(), before);
    QCOMPARE(m_fx.undoStack->count(), commands);
    // An empty employer is refused beside its field as well.
    type(u"workEmployer"_s, QString());
    QVERIFY(find<QLabel>(u"workEmployerError"_s)->isVisible());
    QCOMPARE(m_fx.rowHash(), before);
}

void TestProfilePage::educationAndLanguagesReachTheResume()
{
    click(u"educationAdd"_s);
    type(u"educationInstitution"_s, u"TU München"_s);
    type(u"educationStudyType"_s, u"MSc"_s);
    type(u"educationArea"_s, u"Informatics"_s);
    type(u"educationScore"_s, u"1.3"_s);
    typeMultiline(u"educationCourses"_s, u"Deep learning\nStatistics"_s);
    click(u"languageAdd"_s);
    type(u"languageName"_s, u"Portuguese"_s);
    auto *fluency = find<QComboBox>(u"languageFluency"_s);
    fluency->setFocus();
    fluency->lineEdit()->selectAll();
    QTest::keyClicks(fluency->lineEdit(), u"native"_s);
    QTest::keyClick(fluency->lineEdit(), Qt::Key_Return);
    click(u"languageAdd"_s);
    type(u"languageName"_s, u"English"_s);
    // English first, by drag.
    QVERIFY(
        find<QListWidget>(u"languageList"_s)->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
    QTRY_COMPARE(LanguageRepository(m_fx.database->connection()).all(nullptr)->at(0).language,
                 u"English"_s);

    QString error;
    const auto data = ReportRepository(m_fx.database->connection()).load(&error);
    QVERIFY(data);
    QCOMPARE(data->languages, QStringList({u"English"_s, u"Portuguese (native)"_s}));
    QCOMPARE(data->education.size(), 1);
    QCOMPARE(data->education[0].institution, u"TU München"_s);
    QCOMPARE(data->education[0].studyType, u"MSc"_s);
    QCOMPARE(data->education[0].courses, QStringList({u"Deep learning"_s, u"Statistics"_s}));
}

void TestProfilePage::linksAreValidated()
{
    click(u"linkAdd"_s);
    auto *network = find<QComboBox>(u"linkNetwork"_s);
    network->setCurrentText(u"GitHub"_s);
    type(u"linkUrl"_s, u"javascript:alert(1)"_s);
    QVERIFY(find<QLabel>(u"linkUrlError"_s)->isVisible());
    QCOMPARE(ProfileRepository(m_fx.database->connection()).links(nullptr)->at(0).url, QString());
    type(u"linkUrl"_s, u"https://github.com/ana"_s);
    QVERIFY(!find<QLabel>(u"linkUrlError"_s)->isVisible());
    const auto links = ProfileRepository(m_fx.database->connection()).links(nullptr);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->at(0).network, u"GitHub"_s);
    QCOMPARE(links->at(0).url, u"https://github.com/ana"_s);
}

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
