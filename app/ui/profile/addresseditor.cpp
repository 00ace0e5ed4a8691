#include "addresseditor.h"

#include "common/changevaluecommand.h"
#include "common/fieldproblems.h"
#include "domain/resumevalidator.h"
#include "resumestore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

AddressEditor::AddressEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_street(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_countryCode(new QLineEdit(this))
    , m_countryCodeError(FieldProblems::createLabel(this, u"addressCountryCodeError"_s))
{
    setObjectName(u"addressEditor"_s);
    m_street->setObjectName(u"addressStreet"_s);
    m_postalCode->setObjectName(u"addressPostalCode"_s);
    m_city->setObjectName(u"addressCity"_s);
    m_region->setObjectName(u"addressRegion"_s);
    m_countryCode->setObjectName(u"addressCountryCode"_s);
    // Each sits in a row with another widget: named for assistive technology here.
    m_postalCode->setAccessibleName(tr("Postal code"));
    m_countryCode->setAccessibleName(tr("Country code"));
    m_street->setPlaceholderText(tr("e.g. Hauptstraße 5"));
    m_region->setPlaceholderText(tr("State, province or county"));
    m_countryCode->setPlaceholderText(tr("e.g. DE"));
    m_countryCode->setToolTip(tr("Two letters (ISO 3166-1), as JSON Resume keeps it."));
    m_countryCode->setMaxLength(8);
    m_countryCode->setMaximumWidth(m_countryCode->fontMetrics().horizontalAdvance(u"MMMMMM"_s)
                                   + 16);
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(u"0000000000"_s)
                                  + 16);
    setToolTip(tr("Only JSON Resume exports carry the postal address; the documents show the "
                  "one-line location above."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Street address:"), m_street);
    auto *cityRow = new QWidget(this);
    auto *cityLayout = new QHBoxLayout(cityRow);
    cityLayout->setContentsMargins(0, 0, 0, 0);
    auto *cityLabel = new QLabel(tr("City:"), cityRow);
    cityLabel->setBuddy(m_city);
    cityLayout->addWidget(m_postalCode);
    cityLayout->addWidget(cityLabel);
    cityLayout->addWidget(m_city, 1);
    form->addRow(tr("P&ostal code:"), cityRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(cityRow)))
        label->setBuddy(m_postalCode);
    form->addRow(tr("Region:"), m_region);
    auto *countryRow = new QWidget(this);
    auto *countryLayout = new QHBoxLayout(countryRow);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_countryCode);
    countryLayout->addWidget(m_countryCodeError, 1);
    form->addRow(tr("Countr&y code:"), countryRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(countryRow)))
        label->setBuddy(m_countryCode);

    for (QLineEdit *e : {m_street, m_postalCode, m_city, m_region, m_countryCode})
        connect(e, &QLineEdit::editingFinished, this, &AddressEditor::commit);
    connect(store, &ResumeStore::partChanged, this, [this](ResumeStore::Part part) {
        if (part == ResumeStore::Part::Profile)
            reload();
    });
}

void AddressEditor::reload()
{
    const auto address = m_store->address();
    if (!address)
        return;
    m_address = *address;
    m_loading = true;
    const QList<QPair<QLineEdit *, QString>> fields = {{m_street, m_address.address},
                                                       {m_postalCode, m_address.postalCode},
                                                       {m_city, m_address.city},
                                                       {m_region, m_address.region},
                                                       {m_countryCode, m_address.countryCode}};
    for (const auto &[edit, value] : fields)
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    m_countryCodeError->hide();
    m_loading = false;
}

PostalAddress AddressEditor::edited() const
{
    PostalAddress a;
    a.address = m_street->text().simplified();
    a.postalCode = m_postalCode->text().simplified();
    a.city = m_city->text().simplified();
    a.region = m_region->text().simplified();
    a.countryCode = m_countryCode->text().trimmed().toUpper();
    return a;
}

void AddressEditor::commit()
{
    if (m_loading)
        return;
    const PostalAddress after = edited();
    const QString problem = ResumeValidator::validate(after).message(u"countryCode"_s);
    m_countryCodeError->setText(problem);
    m_countryCodeError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() || after == m_address)
        return;
    ResumeStore *s = m_store;
    (void)StoreCommand::push(m_undoStack,
                             new ChangeValueCommand<PostalAddress>(
                                 tr("Edit postal address"), m_address, after,
                                 [s](const PostalAddress &v) { return s->setAddress(v); }));
}
