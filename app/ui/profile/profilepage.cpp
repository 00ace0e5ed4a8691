#include "profilepage.h"

#include "addresseditor.h"
#include "contacteditor.h"
#include "educationeditor.h"
#include "languageseditor.h"
#include "linkseditor.h"
#include "resumestore.h"
#include "workhistoryeditor.h"

#include <QGroupBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfilePage::ProfilePage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_store(new ResumeStore(context, this))
    , m_tabs(new QTabWidget(this))
    , m_contact(new ContactEditor(m_store, context.undoStack))
    , m_address(new AddressEditor(m_store, context.undoStack))
    , m_links(new LinksEditor(m_store, context.undoStack))
    , m_work(new WorkHistoryEditor(m_store, context.undoStack))
    , m_education(new EducationEditor(m_store, context.undoStack))
    , m_languages(new LanguagesEditor(m_store, context.undoStack))
{
    auto *layout = new QVBoxLayout(this);
    addHeader(layout,
              tr("What your resume and portfolio say about you. Changes are saved as "
                 "you leave each field, and can be undone."));
    m_tabs->setObjectName(u"profileTabs"_s);

    auto *contact = new QWidget;
    contact->setObjectName(u"contactTab"_s);
    auto *contactLayout = new QVBoxLayout(contact);
    contactLayout->addWidget(m_contact);
    auto *address = new QGroupBox(tr("Postal address"));
    address->setObjectName(u"addressGroup"_s);
    auto *addressLayout = new QVBoxLayout(address);
    addressLayout->addWidget(m_address);
    contactLayout->addWidget(address);
    auto *links = new QGroupBox(tr("Links"));
    auto *linksLayout = new QVBoxLayout(links);
    linksLayout->addWidget(m_links);
    contactLayout->addWidget(links, 1);

    // Contact, address and links are taller than a small screen's page (issue #9): they
    // scroll inside their tab instead of making the page taller than the window.
    m_tabs->addTab(scrolling(contact), tr("&Contact and summary"));
    m_tabs->addTab(m_work, tr("E&xperience"));
    m_tabs->addTab(m_education, tr("Ed&ucation"));
    m_tabs->addTab(m_languages, tr("Lan&guages"));
    layout->addWidget(m_tabs, 1);

    adopt(m_store);
    watch(ChangeNotifier::Profile | ChangeNotifier::Resume);
}

void ProfilePage::reload()
{
    m_contact->reload();
    m_address->reload();
    m_links->reload();
    m_work->reload();
    m_education->reload();
    m_languages->reload();
}
