#include "contacteditor.h"

#include "common/changevaluecommand.h"
#include "common/fieldproblems.h"
#include "domain/profilevalidator.h"
#include "plaintextfield.h"
#include "resumestore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool sameContact(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.headline == b.headline && a.email == b.email && a.phone == b.phone
        && a.location == b.location && a.website == b.website && a.summary == b.summary;
}

} // namespace

ContactEditor::ContactEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_name(new QLineEdit(this))
    , m_headline(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_emailError(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_summary(new PlainTextField(this))
{
    setObjectName(u"contactEditor"_s);
    m_name->setObjectName(u"contactName"_s);
    m_headline->setObjectName(u"contactHeadline"_s);
    m_email->setObjectName(u"contactEmail"_s);
    m_emailError->setObjectName(u"contactEmailError"_s);
    m_phone->setObjectName(u"contactPhone"_s);
    m_location->setObjectName(u"contactLocation"_s);
    m_website->setObjectName(u"contactWebsite"_s);
    m_summary->setObjectName(u"contactSummary"_s);
    m_headline->setPlaceholderText(tr("e.g. Data analyst moving into AI engineering"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_location->setPlaceholderText(tr("e.g. Berlin, Germany"));
    m_website->setPlaceholderText(tr("https://..."));
    m_summary->setPlaceholderText(
        tr("Two or three sentences: who you are, what you have built, what you look for."));
    FieldProblems::style(m_emailError);
    m_emailError->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Hea&dline:"), m_headline);
    auto *emailBox = new QWidget(this);
    auto *emailLayout = new QVBoxLayout(emailBox);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(m_email);
    emailLayout->addWidget(m_emailError);
    form->addRow(tr("E&mail:"), emailBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(emailBox)))
        label->setBuddy(m_email);
    m_email->setAccessibleName(tr("Email"));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Summary:"), m_summary);
    for (QLineEdit *e : {m_name, m_headline, m_email, m_phone, m_location, m_website})
        connect(e, &QLineEdit::editingFinished, this, &ContactEditor::commit);
    connect(m_summary, &PlainTextField::editingFinished, this, &ContactEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Profile)
            reload();
    });
}

void ContactEditor::reload()
{
    const auto profile = m_store->profile();
    if (!profile)
        return;
    m_profile = *profile;
    m_loading = true;
    const QList<QPair<QLineEdit *, QString>> fields
        = {{m_name, m_profile.name},         {m_headline, m_profile.headline},
           {m_email, m_profile.email},       {m_phone, m_profile.phone},
           {m_location, m_profile.location}, {m_website, m_profile.website}};
    for (const auto &[edit, value] : fields)
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    m_summary->setText(m_profile.summary);
    m_emailError->hide();
    m_loading = false;
}

void ContactEditor::commit()
{
    if (m_loading)
        return;
    Profile after = m_profile;
    after.name = m_name->text().trimmed();
    after.headline = m_headline->text().trimmed();
    after.email = m_email->text().trimmed();
    after.phone = m_phone->text().trimmed();
    after.location = m_location->text().trimmed();
    after.website = m_website->text().trimmed();
    after.summary = m_summary->text().trimmed();
    const QString problem = ProfileValidator::validate(after).message(u"email"_s);
    m_emailError->setText(problem);
    m_emailError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() || sameContact(after, m_profile))
        return;
    ResumeStore *s = m_store;
    (void)StoreCommand::push(
        m_undoStack,
        new ChangeValueCommand<Profile>(tr("Edit profile"), m_profile, after,
                                        [s](const Profile &v) { return s->setContact(v); }));
}
