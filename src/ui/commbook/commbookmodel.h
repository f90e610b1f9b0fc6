#pragma once
// One person's communication book for a list: entries newest first (commbookfold.h), in words.
// It holds the newest `limit` entries ("loaded"); showMore() loads the next page, showAll() the
// whole book the device holds. Filled by PersonController; searched by CommbookFilterModel.
#include "commbookfold.h"
#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class CommbookModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A communication book comes from PersonController.commbook")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(QString loadedText READ loadedText NOTIFY countChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TextRole,
        CategoryRole,
        CategoryTextRole,
        AudienceRole,
        AudienceTextRole,
        SharedWithFamilyRole,
        ByTextRole,
        WhenTextRole,
        ReadByTextRole,
        ReadCountRole,
        CanAcknowledgeRole,
        ReadByMeRole,
        MineRole,
        CorrectableRole,
        CorrectedRole,
        CorrectedTextRole,
        WithdrawnRole,
        PendingRole, // saved on this device, not yet received by the office
        SearchTextRole, // everything a search looks in
    };
    Q_ENUM(Role)

    explicit CommbookModel(QObject *parent = nullptr);

    // `pending`: ids still waiting in the outbox. `role`: this user's role (family members
    // cannot correct; the office may correct anyone's entry).
    void setEntries(QList<CommbookEntry> entries, const QSet<QString> &pending,
                    const QString &userId, const QString &role, const QDateTime &now);
    void clear();
    const QList<CommbookEntry> &allEntries() const { return m_all; }
    const CommbookEntry *entry(const QString &entryId) const;
    bool correctable(const CommbookEntry &entry) const;

    int count() const { return int(m_shown); }
    int totalCount() const { return int(m_all.size()); }
    bool hasMore() const { return m_shown < m_all.size(); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    QString loadedText() const; // "The 20 newest of 64 entries"
    Q_INVOKABLE void showMore();
    Q_INVOKABLE void showAll();
    Q_INVOKABLE int rowOf(const QString &entryId) const;
    // An entry's versions for its history: [{title, text, byText, reason, isOriginal}].
    Q_INVOKABLE QVariantList history(const QString &entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void pageSizeChanged();

private:
    QString readByText(const CommbookEntry &e) const;
    QString correctedText(const CommbookEntry &e) const;
    void resize(qsizetype shown);

    QList<CommbookEntry> m_all;
    qsizetype m_shown = 0;
    int m_pageSize = 20;
    int m_pages = 1; // pages the user asked for (kept across reloads)
    QSet<QString> m_pending;
    QString m_userId;
    QString m_role;
    QDateTime m_now;
};

} // namespace careround::ui
