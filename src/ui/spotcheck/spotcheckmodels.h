#pragma once
// The spot-check form's two lists, edited in place: the checklist (one row per item of
// SpotCheckPayloads::items(), with its answer and comment) and the actions (description and due
// date; rows are added and removed). Owned by SpotCheckForm.
#include "spotcheckpayloads.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class SpotCheckItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SpotCheckForm.items")
    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        TitleRole,
        HintRole,
        ResultRole,
        ResultTextRole,
        CommentRole,
        CommentRequiredRole
    };
    Q_ENUM(Role)

    explicit SpotCheckItemModel(QObject *parent = nullptr);

    int count() const { return int(m_answers.size()); }
    int answeredCount() const;
    bool anyNotMet() const;
    const QList<SpotCheckAnswer> &answers() const { return m_answers; }
    bool setResult(int row, const QString &result);
    bool setComment(int row, const QString &comment);
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void answersChanged();

private:
    QList<SpotCheckAnswer> m_answers;
};

class SpotCheckActionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SpotCheckForm.actions")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { DescriptionRole = Qt::UserRole + 1, DueTextRole };
    Q_ENUM(Role)

    explicit SpotCheckActionModel(QObject *parent = nullptr);

    int count() const { return int(m_actions.size()); }
    const QList<SpotCheckAction> &actions() const { return m_actions; }
    void add();
    bool remove(int row); // the last row stays (emptied)
    bool setDescription(int row, const QString &text);
    bool setDue(int row, const QString &text);
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<SpotCheckAction> m_actions;
};

} // namespace careround::ui
