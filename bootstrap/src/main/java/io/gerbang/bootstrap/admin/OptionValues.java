package io.gerbang.bootstrap.admin;

import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Arguments read into the domain's own value types, so that the domain's rules decide what a good e-mail,
 * identity or new password is. A value a rule refuses is bad usage (exit 2), refused before anything is
 * opened or written.
 */
final class OptionValues {

    private OptionValues() {}

    static CommandLine registeredOn(CommandLine commandLine) {
        return commandLine
                .registerConverter(TenantId.class, checked(text -> new TenantId(positive(text))))
                .registerConverter(UserId.class, checked(text -> new UserId(positive(text))))
                .registerConverter(UnitId.class, checked(text -> new UnitId(positive(text))))
                .registerConverter(CompanyId.class, checked(text -> new CompanyId(positive(text))))
                .registerConverter(BranchId.class, checked(text -> new BranchId(positive(text))))
                .registerConverter(PlaceName.class, checked(PlaceName::new))
                .registerConverter(UnitCode.class, checked(UnitCode::new))
                .registerConverter(
                        io.gerbang.domain.client.ClientId.class, checked(io.gerbang.domain.client.ClientId::new))
                .registerConverter(DisplayName.class, checked(DisplayName::new))
                .registerConverter(Email.class, checked(Email::new))
                .registerConverter(UserIdentity.class, checked(UserIdentity::new))
                .registerConverter(PlainPassword.class, checked(PlainPassword::forNewSecret))
                .registerConverter(TenantType.class, checked(TenantType::ofCode))
                .registerConverter(AssignmentLevel.class, checked(OptionValues::level))
                // every other number a command takes (--unit, --node) is an id too
                .registerConverter(Long.class, checked(OptionValues::positive))
                .registerConverter(Long.TYPE, checked(OptionValues::positive));
    }

    /** A positive whole number: an id. */
    private static long positive(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("'" + text + "' is not a positive whole number");
    }

    private static AssignmentLevel level(String code) {
        return Arrays.stream(AssignmentLevel.values())
                .filter(level -> level.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("level must be company, branch or unit"));
    }

    private static <T> ITypeConverter<T> checked(Function<String, T> reading) {
        return text -> {
            try {
                return reading.apply(text);
            } catch (IllegalArgumentException refused) {
                throw new TypeConversionException(refused.getMessage());
            }
        };
    }
}
