from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from app.schemas.casing import AcceptsCamelCase
from app.schemas.text import PersonName, password_with_something_in_it

# A password being set (registration, change, reset); a password being checked (login) is taken as it comes.
NewPassword = Annotated[str, Field(min_length=6, max_length=128), AfterValidator(password_with_something_in_it)]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: str
    is_active: bool
    email_verified: bool
    created_at: datetime


class RegisterIn(BaseModel):
    email: EmailStr
    password: NewPassword
    name: PersonName


class LoginIn(BaseModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=128)


class AuthOut(BaseModel):
    user: UserOut
    token: str
    access_token: str
    token_type: str = "bearer"
    refresh_token: str


class RefreshIn(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=4096)


class TokenPairOut(BaseModel):
    access_token: str
    token: str
    refresh_token: str
    token_type: str = "bearer"


class MeUpdate(AcceptsCamelCase):
    """SPAs send camelCase ("newPassword"); snake_case works too; both spellings of one field is 422."""

    name: PersonName | None = None
    email: EmailStr | None = None
    current_password: str | None = Field(default=None, max_length=128)
    new_password: NewPassword | None = None


class TokenIn(BaseModel):
    token: str = Field(min_length=1, max_length=512)


class PasswordResetRequestIn(BaseModel):
    email: EmailStr


class PasswordResetConfirmIn(AcceptsCamelCase):
    token: str = Field(min_length=1, max_length=512)
    new_password: NewPassword


class MessageOut(BaseModel):
    message: str
